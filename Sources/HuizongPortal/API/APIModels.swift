import HuizongCore

/// The JSON shapes of spec/portal-api.md (snake_case keys, as the spec writes them).
enum APIModels {
    struct Login: Decodable {
        var user: String
        var password: String
    }

    struct SignedIn: Encodable {
        var user: String
        var role: String
        var unit: String?
        var csrf: String
    }

    /// A finding: the spec's keys (`rule`, `expected`, `found`, `message` in English, as
    /// before) and the data (`id`, `code`, `item`, `args`) with its message in both languages;
    /// a warning of a unit's submission also its `explanation` (`null` while unexplained),
    /// the `offer` of an earlier version or year when there is one, and `blocks_approval`.
    struct FindingJSON: Encodable {
        var id: String?
        var code: String
        var rule: String
        var severity: String
        var unit: String?
        var submission: Int64?
        var line: Int?
        var column: String?
        var cell: String?
        var item: FindingArgs
        var args: FindingArgs
        var expected: String
        var found: String
        var message: String
        var message_en: String
        var message_zh: String
        var explanation: Nullable<ExplanationJSON>?
        var offer: ExplanationJSON?
        var blocks_approval: Bool?

        init(_ finding: Finding) {
            id = finding.id
            code = finding.code
            rule = finding.code
            severity = finding.severity.rawValue
            unit = finding.unit
            submission = finding.submission
            line = finding.line
            column = finding.column
            cell = finding.cell
            item = finding.item
            args = finding.args
            expected = finding.expected
            found = finding.found
            message = finding.description
            message_en = finding.message(.en)
            message_zh = finding.message(.zh)
        }

        /// `finding` with its explanation and offer when it is a warning of submission of year `year`.
        init(_ finding: Finding, warning: ExplainedFinding?, year: Int?) {
            self.init(finding)
            guard let warning, let year else { return }
            explanation = Nullable(warning.explanation.map { ExplanationJSON($0, year: year) })
            offer = warning.offer.map { ExplanationJSON($0, year: year) }
            blocks_approval = warning.blocksApproval
        }
    }

    /// A submission with its findings (the answer to an upload).
    struct SubmissionJSON: Encodable {
        var id: Int64
        var unit: String?
        var year: Int?
        var version: Int?
        var status: String
        var file_name: String
        var uploaded_by: String
        var uploaded_at: String
        var sha256: String
        var findings: [FindingJSON]

        init(_ detail: SubmissionDetail) {
            id = detail.id
            unit = detail.unitCode
            year = detail.fiscalYear
            version = detail.version
            status = detail.status
            file_name = detail.fileName
            uploaded_by = detail.uploadedBy
            uploaded_at = detail.uploadedAt
            sha256 = detail.sha256
            findings = detail.findings.map { finding in
                FindingJSON(finding, warning: finding.id.flatMap { detail.warnings[$0] }, year: detail.fiscalYear)
            }
        }
    }

    struct RunRequest: Decodable {
        var unit: String
        var year: Int
    }

    struct UnitStatusJSON: Encodable {
        var code: String
        var name: String
        var depth: Int
        var state: String
        var accepted_version: Int?
        var latest_version: Int?
        var latest_status: String?

        init(_ entry: NodeStatus.Entry) {
            code = entry.code
            name = entry.name
            depth = entry.depth
            state = entry.state
            accepted_version = entry.acceptedVersion
            latest_version = entry.latestVersion
            latest_status = entry.latestStatus
        }
    }

    /// `huizong status` as JSON.
    struct StatusJSON: Encodable {
        var unit: String
        var year: Int
        var units: [UnitStatusJSON]
        var in_force: Int
    }
}
