import Foundation
@testable import HuizongCore
import Testing

/// The reference department in a fresh database, its 2021 CSV files submitted and run, so
/// that 2022 can come in as workbooks — all through the real binary.
struct WorkbookDepartment {
    let database: TestDatabase
    let directory: URL

    init() throws {
        database = try TestDatabase()
        directory = try HuizongBinary.temporaryDirectory()
        let node = ReferenceDepartment.node
        try expectSuccess(["unit", "add", node.code, "--name", node.name])
        for unit in ReferenceDepartment.units {
            try expectSuccess(["unit", "add", unit.code, "--name", unit.name, "--parent", node.code])
        }
        let files = ReferenceDepartment.units.map { Self.sample(unit: $0.code, year: 2021).path }
        try expectSuccess(["submit"] + files)
        try expectSuccess(["run", "--unit", node.code, "--year", "2021"])
    }

    /// Runs the binary on this department's database, from the source tree.
    func binary(_ arguments: [String]) throws -> HuizongBinary.Result {
        try HuizongBinary.run(arguments, database: database, directory: TestDatabase.files.root)
    }

    private func expectSuccess(_ arguments: [String]) throws {
        let result = try binary(arguments)
        try #require(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stdout)\(result.stderr)")
    }

    /// Writes the template of `unit` for `year` and returns where.
    func template(unit: String, year: Int) throws -> URL {
        let url = directory.appendingPathComponent("template-\(unit)-\(year).xlsx")
        let result = try binary(["template", "--unit", unit, "--year", String(year), "-o", url.path])
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(url.path): template of \(unit) for \(year)\n")
        return url
    }

    /// The shipped sample file of `unit` for `year`.
    static func sample(unit: String, year: Int) -> URL {
        TestDatabase.files.url("samples/reference-department/\(unit)-\(year).csv")
    }

    /// The sample's lines, parsed by the project's own parser.
    func sampleLines(unit: String, year: Int) throws -> [SubmissionLine] {
        let url = Self.sample(unit: unit, year: year)
        var lines: [SubmissionLine] = []
        let report = try SubmissionParser(fileName: url.lastPathComponent).parse(Array(Data(contentsOf: url))) {
            lines.append($0)
        }
        try #require(report.findings.isEmpty)
        return lines
    }

    /// Export `name` (`base-data` or `totals-econ|func|unit`) of 401 for 2022 as text.
    func export(_ name: String, format: String) throws -> String {
        try String(contentsOf: exportFile(name, format: format), encoding: .utf8)
    }

    /// Export `name` of 401 for 2022 written to a file.
    func exportFile(_ name: String, format: String) throws -> URL {
        let url = directory.appendingPathComponent("\(name).\(format)")
        var arguments = ["export"]
        if name.hasPrefix("totals-") {
            arguments += ["totals", "--by", String(name.dropFirst("totals-".count))]
        } else {
            arguments += [name]
        }
        arguments += ["--unit", "401", "--year", "2022", "--format", format, "-o", url.path]
        let result = try binary(arguments)
        try #require(result.status == 0, "\(result.stderr)")
        return url
    }
}
