import Foundation
import Testing

/// Files as Excel and WPS on Chinese Windows write them, through the real binary.
@Suite("submission encodings") struct EncodingTests {
    static let english = [
        "section", "item", "kind", "project", "project_type", "func_code", "econ_code", "budget_initial",
        "budget_final", "actual", "text",
    ]
    static let chinese = ["表", "项目", "支出类型", "项目名称", "项目类别", "功能分类科目", "经济分类科目", "年初预算数", "全年预算数", "决算数", "说明"]

    /// The demo's radio station file with Chinese headers in another column order and Chinese values.
    static func chineseFile() throws -> String {
        let text = try String(
            contentsOf: TestDatabase.files.url("samples/reference-department/401002-2022.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let order = [10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]  // 说明 first
        lines = lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return order.map { fields[$0] }.joined(separator: ",")
        }
        lines[0] = order.map { chinese[$0] }.joined(separator: ",")
        let words = [
            ",meta,": ",基本信息,", ",expenditure,": ",支出,", ",basic,": ",基本支出,", ",project,": ",项目支出,",
            ",special,": ",专项资金,", ",operations,": ",运行维护经费,", ",unit_code,": ",单位代码,",
        ]
        return lines.map { line in words.reduce(line) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
            .joined(separator: "\r\n") + "\r\n"
    }

    func registered() throws -> TestDatabase {
        let db = try TestDatabase()
        try db.register(root: ("401", "局"), units: [("401002", "市无线电监测站", nil)])
        return db
    }

    @Test("GB18030 with Chinese headers in another order, Chinese values and CRLF is accepted")
    func gb18030() throws {
        let db = try registered()
        let bytes = try #require(try Self.chineseFile().data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the fixture must not be valid UTF-8")
        let url = try HuizongBinary.temporaryDirectory().appendingPathComponent("gbk.csv")
        try bytes.write(to: url)
        let result = try HuizongBinary.run(["submit", url.path], database: db)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(try db.scalar("select encoding from intake.submission") == "GB18030")
        #expect(try db.scalar("select count(*) from intake.line where section = 'expenditure'") == "35")
        #expect(try db.scalar("select text from intake.line where item = 'unit_name'") == "益阳市无线电监测站")
    }

    @Test("UTF-8 with a byte-order mark is accepted, and the same figures as without")
    func byteOrderMark() throws {
        let db = try registered()
        let text = try Self.chineseFile()
        let url = try HuizongBinary.temporaryDirectory().appendingPathComponent("bom.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: url)
        let result = try HuizongBinary.run(["submit", url.path, "--unit", "401002", "--year", "2022"], database: db)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(try db.scalar("select encoding from intake.submission") == "UTF-8 with BOM")
        #expect(
            try db.scalar("select sum(actual)::text from intake.line where section = 'expenditure'") == "4636000.00")
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are refused, and the raw upload is kept")
    func undecodable() throws {
        let db = try registered()
        let url = try HuizongBinary.temporaryDirectory().appendingPathComponent("junk.csv")
        try Data([0xFF, 0xFE, 0xFD, 0x80, 0x81]).write(to: url)
        let result = try HuizongBinary.run(["submit", url.path], database: db)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "\(url.path): rejected (upload 1)\n  error: \(url.path): [encoding] expected UTF-8 or GB18030 text"))
        #expect(try db.scalar("select size_bytes from intake.upload") == "5")
    }
}
