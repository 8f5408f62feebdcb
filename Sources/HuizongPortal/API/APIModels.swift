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

    struct FindingJSON: Encodable {
        var rule: String
        var severity: String
        var line: Int?
        var column: String?
        var cell: String?
        var expected: String
        var found: String
        var message: String

        init(_ finding: Finding) {
            rule = finding.rule
            severity = finding.severity.rawValue
            line = finding.line
            column = finding.column
            cell = finding.cell
            expected = finding.expected
            found = finding.found
            message = finding.description
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
            findings = detail.findings.map(FindingJSON.init)
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
