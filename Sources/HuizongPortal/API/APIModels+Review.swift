import HuizongCore

extension APIModels {
    struct Comment: Decodable {
        var comment: String?
    }

    struct Unlock: Decodable {
        var unit: String
        var year: Int
        var comment: String
    }

    struct ReviewJSON: Encodable {
        var action: String
        var comment: String?
        var by: String
        var at: String
    }

    /// A submission as `GET /api/submissions` lists it, with its review and lock.
    struct RecordJSON: Encodable {
        var id: Int64
        var unit: String
        var year: Int
        var version: Int
        var status: String
        var file_name: String
        var uploaded_by: String
        var uploaded_at: String
        var sha256: String
        var in_force: Bool
        var locked: Bool
        var review: ReviewJSON?

        init(_ record: SubmissionRecord) {
            id = record.id
            unit = record.unitCode
            year = record.fiscalYear
            version = record.version
            status = record.status
            file_name = record.fileName
            uploaded_by = record.uploadedBy
            uploaded_at = record.uploadedAt
            sha256 = record.sha256
            in_force = record.inForce
            locked = record.locked
            review = record.review.map {
                ReviewJSON(action: $0.action.rawValue, comment: $0.comment, by: $0.actor, at: $0.at)
            }
        }
    }

    struct AuditJSON: Encodable {
        var at: String
        var actor: String
        var action: String
        var unit: String?
        var submission: Int64?
        var detail: String?

        init(_ entry: AuditEntry) {
            at = entry.at
            actor = entry.actor
            action = entry.action
            unit = entry.unitCode
            submission = entry.submissionId
            detail = entry.detail
        }
    }
}
