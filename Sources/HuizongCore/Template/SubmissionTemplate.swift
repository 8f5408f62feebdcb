import Postgres

/// The Excel template a unit fills in for a year: the submission columns with Chinese
/// headers on sheet 填报, meta prefilled, every line of last year's accepted submission
/// prefilled without its figures (last year's figures stand on sheet 上年数), drop-down
/// lists for the enumerations and the classification codes on reference sheets.
public struct SubmissionTemplate: Sendable {
    /// One row of the template: the eleven columns as text, figures as exact decimals.
    struct Line: Sendable {
        var cells: [SubmissionColumn: String] = [:]
    }

    /// One code of a classification table: code and name.
    struct Code: Sendable {
        var code: String
        var name: String
    }

    let unitCode: String
    let fiscalYear: Int
    /// Prefilled rows of 填报.
    let lines: [Line]
    /// Last year's accepted lines with their figures, empty when there are none.
    let priorLines: [Line]
    let econCodes: [Code]
    let funcCodes: [Code]

    /// The template of unit `code` for `year`.
    public static func load(unit code: String, year: Int, connection: Connection) throws -> SubmissionTemplate {
        guard let unit = try UnitRegistry(connection: connection).find(code) else {
            throw HuizongError.usage(.unknownUnit(code: code))
        }
        let prior = try loadPriorLines(unit: code, year: year - 1, connection: connection)
        return SubmissionTemplate(
            unitCode: code, fiscalYear: year,
            lines: prefilled(unitCode: code, unitName: unit.name, year: year, prior: prior), priorLines: prior,
            econCodes: try loadCodes("econ", level: 2, year: year, connection: connection),
            funcCodes: try loadCodes("func", level: 3, year: year, connection: connection))
    }

    /// The workbook's bytes.
    public func bytes() throws -> [UInt8] {
        try workbook().bytes()
    }

    private static func loadPriorLines(unit: String, year: Int, connection: Connection) throws -> [Line] {
        var lines: [Line] = []
        try connection.forEachRow(
            """
            select section, item, kind, project, project_type, func_code, econ_code,
                   budget_initial::text, budget_final::text, actual::text, text
            from intake.line
            where submission_id = (select id from intake.current_submission
                                   where unit_code = \(unit) and fiscal_year = \(year))
            order by line_no
            """
        ) { row in
            var line = Line()
            for column in SubmissionColumn.allCases { line.cells[column] = row[column.name] }
            lines.append(line)
        }
        return lines
    }

    private static func loadCodes(_ kind: String, level: Int, year: Int, connection: Connection) throws -> [Code] {
        // `ref.edition_for` takes an `int`; a year beyond it is no year a table serves.
        guard let year = Int32(exactly: year) else { throw HuizongError.usage(.yearNotFourDigits) }
        var codes: [Code] = []
        try connection.forEachRow(
            """
            select code, name from ref.classification
            where kind = \(kind) and level = \(level) and fiscal_year = ref.edition_for(\(kind), \(year))
            order by code
            """
        ) { row in
            codes.append(Code(code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name")))
        }
        return codes
    }
}
