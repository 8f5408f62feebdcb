import Foundation
import Logging
import Postgres

/// The reference department (益阳市工业和信息化局) and its shipped 2021 and 2022
/// submissions: registered, submitted and consolidated as a new user would, idempotently.
public struct ReferenceDepartment {
    /// The department's code and its four budget units.
    public static let node = (code: "401", name: "益阳市工业和信息化局")
    public static let units = [
        (code: "401001", name: "局本级"),
        (code: "401002", name: "市无线电监测站"),
        (code: "401003", name: "市墙体材料革新和散装水泥办公室"),
        (code: "401004", name: "市工信局离退休干部管理服务中心"),
    ]
    /// The years of shipped submissions, oldest first (each year's prior column needs the one before).
    public static let years = [2021, 2022]

    let connection: Connection
    let files: ProjectFiles
    let logger: Logger

    /// The demo on an open connection.
    public init(connection: Connection, files: ProjectFiles, logger: Logger) {
        self.connection = connection
        self.files = files
        self.logger = logger
    }

    /// Registers what is missing, submits files not yet in force, and runs each year whose
    /// inputs changed. Returns a line per step for the user.
    public func load(report: (String) -> Void) throws {
        try register(report: report)
        let store = SubmissionStore(
            connection: connection, rules: try Rule.load(directory: "sql/rules", files: files), logger: logger)
        var priorRerun = false
        for year in Self.years {
            for unit in Self.units {
                let name = "samples/reference-department/\(unit.code)-\(year).csv"
                let data = Array(try Data(contentsOf: files.url(name)))
                if try isInForce(unit: unit.code, year: year, data: data) { continue }
                let outcome = try store.submit(
                    fileName: name, data: data, expectedUnit: unit.code, expectedYear: year)
                report("\(name): \(outcome.status.label)")
                for finding in outcome.findings { report("  \(finding.description)") }
            }
            if !priorRerun, try isUpToDate(year: year) {
                report("\(Self.node.code) \(year): consolidation up to date")
                continue
            }
            let outcome = try ConsolidationRun.run(
                node: Self.node.code, year: year, pipelineFile: files.url("pipelines/nightly.yaml"),
                connection: connection, files: files, logger: logger)
            report("\(Self.node.code) \(year): run \(outcome.runId), complete: \(outcome.complete)")
            priorRerun = true
        }
        try loadIndicators(report: report)
    }

    /// The office's indicator rows of the 2022 自评表, transcribed from the reference
    /// report's attachment 2, and the edition that scores them.
    static let indicators = (
        file: "samples/reference-department/401-2022-indicators.csv", year: 2022, edition: "yiyang-2022"
    )

    /// Loads the sample indicator rows unless they are in force already; their warnings
    /// (the printed 98 % against the computed 100.00) are reported.
    private func loadIndicators(report: (String) -> Void) throws {
        let sample = Self.indicators
        let data = Array(try Data(contentsOf: files.url(sample.file)))
        if try IndicatorStore.isInForce(
            node: Self.node.code, year: sample.year, edition: sample.edition, data: data, connection: connection)
        {
            return
        }
        let outcome = try IndicatorLoad.load(
            data: data, fileName: sample.file, node: Self.node.code, year: sample.year, edition: sample.edition,
            files: files, connection: connection)
        report("\(sample.file): \(outcome.accepted ? "\(outcome.rowCount) indicator rows loaded" : "rejected")")
        for finding in outcome.findings { report("  \(finding.description)") }
    }

    private func register(report: (String) -> Void) throws {
        let registry = UnitRegistry(connection: connection)
        if try registry.find(Self.node.code) == nil {
            try registry.add(code: Self.node.code, name: Self.node.name, parent: nil)
            report("registered \(Self.node.code) \(Self.node.name)")
        }
        for unit in Self.units where try registry.find(unit.code) == nil {
            try registry.add(code: unit.code, name: unit.name, parent: Self.node.code)
            report("registered \(unit.code) \(unit.name)")
        }
    }

    /// Whether the submission in force for the unit and year has exactly these bytes.
    private func isInForce(unit: String, year: Int, data: [UInt8]) throws -> Bool {
        try connection.execute(
            """
            select 1
            from intake.current_submission c
            join intake.submission s on s.id = c.id
            join intake.upload u on u.id = s.upload_id
            where c.unit_code = \(unit) and c.fiscal_year = \(year) and u.sha256 = encode(sha256(\(data)), 'hex')
            """
        ).count > 0
    }

    /// Whether the node's current run for the year used exactly the submissions now in force.
    private func isUpToDate(year: Int) throws -> Bool {
        let result = try connection.execute(
            """
            with run as (
                select id from pipeline.current_run where node_code = \(Self.node.code) and fiscal_year = \(year)
            ),
            in_force as (
                select c.unit_code, c.id from intake.current_submission c
                where c.fiscal_year = \(year) and c.unit_code in (select code from registry.subtree(\(Self.node.code)))
            ),
            used as (
                select unit_code, submission_id as id from pipeline.run_submission where run_id = (select id from run)
            )
            select exists (select 1 from run)
               and not exists (select * from in_force except select * from used)
               and not exists (select * from used except select * from in_force) as up_to_date
            """)
        return try result.first?.decode(Bool.self, "up_to_date") ?? false
    }
}
