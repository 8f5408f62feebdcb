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
                                   where unit_code = $1 and fiscal_year = $2::int)
            order by line_no
            """, [.text(unit), .text(String(year))]
        ) { row in
            var line = Line()
            for column in SubmissionColumn.allCases { line.cells[column] = row[column.name] }
            lines.append(line)
        }
        return lines
    }

    private static func loadCodes(_ kind: String, level: Int, year: Int, connection: Connection) throws -> [Code] {
        var codes: [Code] = []
        try connection.forEachRow(
            """
            select code, name from ref.classification
            where kind = $1 and level = $2::int and fiscal_year = ref.edition_for($1, $3::int)
            order by code
            """, [.text(kind), .text(String(level)), .text(String(year))]
        ) { row in codes.append(Code(code: try row.string("code"), name: try row.string("name"))) }
        return codes
    }
}
