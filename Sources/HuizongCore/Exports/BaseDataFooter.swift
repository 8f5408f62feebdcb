import Postgres

/// The lines under the base-data table: 厉行节约保障措施 and the signature line (填表人,
/// 填报日期, 联系电话, 单位负责人), taken from the `meta` rows of the run's submissions.
///
/// Each field comes from the first submission that gives it, the node's own first and then
/// the units by code, so a department's 局本级 signs for the whole department.
public struct BaseDataFooter: Sendable, Equatable {
    public var preparer: String?
    public var filledOn: String?
    public var phone: String?
    public var head: String?
    public var savingsMeasures: String?

    /// The footer of run `runId`, whose node is `node`: the meta lines of its submissions,
    /// found by their ids in `intake.line_meta_idx` (a join from the run's inputs is planned
    /// as a loop over every line of the node: the planner cannot know how few are meta).
    static func load(runId: Int64, node: String, connection: Connection) throws -> BaseDataFooter {
        let result = try connection.execute(
            """
            with given as (
                select l.item, l.text,
                       row_number() over (partition by l.item
                                          order by (s.unit_code = \(node)) desc, s.unit_code) as rank
                from intake.line l
                join intake.submission s on s.id = l.submission_id
                where l.submission_id = any(array(
                          select submission_id from pipeline.run_submission where run_id = \(runId)))
                  and l.section = 'meta'
                  and l.item in ('preparer', 'filled_on', 'phone', 'head', 'savings_measures')
                  and l.text is not null
            )
            select item, text from given where rank = 1
            """)
        var footer = BaseDataFooter()
        for row in result {
            let text = try row.decode(String.self, "text")
            switch try row.decode(String.self, "item") {
            case "preparer": footer.preparer = text
            case "filled_on": footer.filledOn = text
            case "phone": footer.phone = text
            case "head": footer.head = text
            default: footer.savingsMeasures = text
            }
        }
        return footer
    }

    /// The signature line as attachment 1 prints it.
    var signatureLine: String {
        "填表人：\(preparer ?? "")　　填报日期：\(filledOn ?? "")　　联系电话：\(phone ?? "")"
    }

    /// The last line, signed by hand on the printed table.
    var headLine: String { "单位负责人签字：\(head ?? "")" }
}
