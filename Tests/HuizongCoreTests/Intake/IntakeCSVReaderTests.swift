import Testing

@testable import HuizongCore

@Suite("CSV record reader")
struct IntakeCSVReaderTests {
    private func records(_ text: String) -> [CSVRawRecord] {
        var reader = CSVRecordReader(bytes: Array(text.utf8))
        var records: [CSVRawRecord] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    @Test("quoting is undone and can be restored for messages")
    func quoting() {
        let fields = records("a,\"b,c\",\"d\"\"e\",,\"\"\n").first?.fields ?? []
        #expect(fields.map(\.text) == ["a", "b,c", "d\"e", "", ""])
        #expect(fields.map(\.quoted) == [false, true, true, false, true])
        #expect(fields.map(\.raw) == ["a", "\"b,c\"", "\"d\"\"e\"", "", "\"\""])
    }

    @Test("records start on their physical line; blank lines are skipped")
    func lineNumbers() {
        let text = "h1,h2\r\n\r\n\"x\r\ny\",1\n\n\nlast,2"
        let read = records(text)
        #expect(read.map(\.line) == [1, 3, 7])
        #expect(read[1].fields.map(\.text) == ["x\r\ny", "1"])
        #expect(read.allSatisfy { $0.problems.isEmpty })
    }

    @Test("a lone carriage return is text, not a line end")
    func loneCarriageReturn() {
        let read = records("a\rb,c\n")
        #expect(read.count == 1)
        #expect(read[0].fields.map(\.text) == ["a\rb", "c"])
    }

    @Test("a line of commas is a record of empty fields")
    func commasOnly() {
        #expect(records(",,\n").first?.fields.map(\.text) == ["", "", ""])
    }

    @Test("starting past a byte order mark")
    func start() {
        var reader = CSVRecordReader(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b".utf8), start: 3)
        #expect(reader.next()?.fields.map(\.text) == ["a", "b"])
        #expect(reader.next() == nil)
    }
}
