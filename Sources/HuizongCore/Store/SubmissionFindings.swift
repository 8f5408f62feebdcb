import Postgres

/// The findings intake stored for one submission.
public enum SubmissionFindings {
    /// The findings of submission `id` as the connection's account may see them, by line
    /// and code, each with its identity, unit and cell.
    public static func load(submission id: Int64, connection: Connection) throws -> [Finding] {
        var findings: [Finding] = []
        try connection.forEachRow(
            """
            select f.key, s.unit_code, f.submission_id, f.code, f.severity, u.file_name, f.line_no,
                   f.column_name, f.item::text as item, f.args::text as args, f.cell
            from intake.finding f
            join intake.submission s on s.id = f.submission_id
            join intake.upload u on u.id = f.upload_id
            where f.submission_id = \(id)
            order by f.line_no nulls first, f.code, f.id
            """
        ) { row in
            findings.append(try RunFindings.finding(row))
        }
        return findings
    }
}
