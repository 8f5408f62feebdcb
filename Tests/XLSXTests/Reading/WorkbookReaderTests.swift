import Testing
import XLSX

@Suite struct WorkbookReaderTests {
    static func cell(_ reference: String, _ value: CellValue, formula: String? = nil) -> SheetCell {
        SheetCell(reference: CellReference(reference)!, value: value, formula: formula)
    }

    @Test func listsSheetsInWorkbookOrder() throws {
        let fixture = WorkbookFixture(sheets: [
            ("填报", WorkbookFixture.worksheet("")), ("说明", WorkbookFixture.worksheet("")),
            ("A &amp; B", WorkbookFixture.worksheet("")),
        ])
        let reader = try WorkbookReader(bytes: fixture.bytes())
        #expect(reader.sheetNames == ["填报", "说明", "A & B"])
    }

    @Test func readsSharedStringsIncludingRichTextAndCJK() throws {
        let table = """
            <sst xmlns="\(WorkbookFixture.mainNamespace)"><si><t>填报</t></si>\
            <si><r><rPr><b/></rPr><t>基本</t></r><r><t xml:space="preserve">支出 </t></r>\
            <rPh sb="0" eb="2"><t>きほん</t></rPh></si><si><t/></si></sst>
            """
        var fixture = WorkbookFixture(
            rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>"#
                + #"<c r="C1" t="s"><v>2</v></c></row>"#)
        fixture.sharedStrings = table
        let rows = try Read.rows(fixture)
        #expect(
            rows == [
                SheetRow(
                    number: 1,
                    cells: [
                        Self.cell("A1", .text("填报")), Self.cell("B1", .text("基本支出 ")), Self.cell("C1", .text("")),
                    ])
            ])
    }

    @Test func readsInlineStringsNumbersBooleansErrorsAndDates() throws {
        let rows = try Read.rows(
            WorkbookFixture(
                rows: """
                    <row r="2"><c r="A2" t="inlineStr"><is><t>单位</t></is></c><c r="B2"><v>0.30000000000000004</v></c>\
                    <c r="C2" t="n"><v>1.5E-2</v></c><c r="D2"><v>13107191333</v></c><c r="E2" t="b"><v>1</v></c>\
                    <c r="F2" t="b"><v>0</v></c><c r="G2" t="e"><v>#DIV/0!</v></c><c r="H2" t="d"><v>2024-03-01T00:00:00</v></c>\
                    <c r="I2" s="3"/></row>
                    """))
        #expect(
            rows.map(\.cells) == [
                [
                    Self.cell("A2", .text("单位")), Self.cell("B2", .number("0.30000000000000004")),
                    Self.cell("C2", .number("1.5E-2")), Self.cell("D2", .number("13107191333")),
                    Self.cell("E2", .boolean(true)), Self.cell("F2", .boolean(false)),
                    Self.cell("G2", .error("#DIV/0!")),
                    Self.cell("H2", .date("2024-03-01T00:00:00")), Self.cell("I2", .empty),
                ]
            ])
    }

    @Test func keepsFormulasWithAndWithoutCachedValues() throws {
        let rows = try Read.rows(
            WorkbookFixture(
                rows: """
                    <row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>\
                    <c r="C1"><f>B1*2</f></c><c r="D1" t="str"><f>T(A1)</f></c></row>
                    """))
        #expect(
            rows.first?.cells == [
                Self.cell("A1", .number("3"), formula: "SUM(B1:C1)"),
                Self.cell("B1", .text("ab"), formula: "\"a\"&\"b\""),
                Self.cell("C1", .empty, formula: "B1*2"), Self.cell("D1", .empty, formula: "T(A1)"),
            ])
    }

    @Test func placesRowsAndCellsWithoutReferences() throws {
        let rows = try Read.rows(
            WorkbookFixture(
                rows: """
                    <row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>\
                    <row><c><v>5</v></c></row><row r="9"/><row r="10"></row><row><c r="B11"/></row>
                    """))
        #expect(rows.map(\.number) == [1, 5, 6, 11])
        #expect(rows.flatMap { $0.cells.map(\.reference.description) } == ["A1", "B1", "C5", "D5", "A6", "B11"])
        #expect(rows.last?.cells == [Self.cell("B11", .empty)])
    }

    @Test func matchesNamespacedTags() throws {
        let xml = """
            <?xml version="1.0"?><x:worksheet xmlns:x="\(WorkbookFixture.mainNamespace)"><x:sheetData>\
            <x:row x:r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c><x:c r="C3"><x:v>7</x:v></x:c>\
            </x:row></x:sheetData></x:worksheet>
            """
        let rows = try Read.rows(WorkbookFixture(sheets: [("Sheet1", xml)]))
        #expect(rows == [SheetRow(number: 3, cells: [Self.cell("B3", .text("ok")), Self.cell("C3", .number("7"))])])
    }

    @Test func readsTheSameAcrossChunkBoundaries() throws {
        // Rows long enough to span many 64 KiB chunks, with entities and CJK text at every offset.
        let row = { (number: Int) in
            #"<row r="\#(number)"><c r="A\#(number)" t="inlineStr"><is><t>&amp;基本支出&#x41;</t></is></c></row>"#
        }
        let rows = try Read.rows(WorkbookFixture(rows: (1...20_000).map(row).joined()))
        #expect(rows.count == 20_000)
        #expect(rows.allSatisfy { $0.cells.first?.value == .text("&基本支出A") })
    }

    @Test func passesTheBodysErrorThrough() throws {
        struct Stop: Error, Equatable {}
        let bytes = try WorkbookFixture(rows: "<row><c><v>1</v></c></row><row><c><v>2</v></c></row>").bytes()
        var seen = 0
        #expect(throws: Stop()) {
            try WorkbookReader(bytes: bytes).forEachRow(inSheet: "Sheet1") { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }

    @Test func readsTwoSheetsFromOneReader() throws {
        let fixture = WorkbookFixture(
            sheets: [
                ("一", WorkbookFixture.worksheet(#"<row><c t="s"><v>1</v></c></row>"#)),
                ("二", WorkbookFixture.worksheet(#"<row><c t="s"><v>0</v></c></row>"#)),
            ], sharedStrings: WorkbookFixture.sharedStringTable(["甲", "乙"]))
        let reader = try WorkbookReader(bytes: fixture.bytes())
        var values: [CellValue] = []
        for name in ["二", "一"] { try reader.forEachRow(inSheet: name) { values += $0.cells.map(\.value) } }
        #expect(values == [.text("甲"), .text("乙")])
    }
}
