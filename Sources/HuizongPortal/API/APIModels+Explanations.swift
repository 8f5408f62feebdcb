import HuizongCore

extension APIModels {
    /// `POST /api/submissions/{id}/explanations`: a text for warning `finding`, or
    /// `"confirm": true` to take over the explanation offered from an earlier version or year.
    struct ExplainRequest: Decodable {
        var finding: String
        var text: String?
        var confirm: Bool?
    }

    /// `POST /api/submissions/{id}/explanations/{finding}/decision`.
    struct DecisionRequest: Decodable {
        var decision: String
        var comment: String?
    }

    /// The office's decision on an explanation.
    struct DecisionJSON: Encodable {
        var decision: String
        var comment: String?
        var decided_by: String
        var decided_at: String
    }

    /// Where a confirmed (or offered) explanation was first written: `label` is
    /// 版本 N for an earlier version of the year, YYYY 年 for an earlier year.
    struct OriginJSON: Encodable {
        var year: Int
        var version: Int
        var label: String
    }

    /// An explanation of a warning, with the office's newest decision (`null` while undecided).
    struct ExplanationJSON: Encodable {
        var submission: Int64
        var finding: String
        var text: String
        var written_by: String
        var written_at: String
        var origin: Nullable<OriginJSON>
        var decision: Nullable<DecisionJSON>

        /// `explanation` as the submission of year `year` shows it.
        init(_ explanation: Explanation, year: Int) {
            submission = explanation.submission
            finding = explanation.finding
            text = explanation.text
            written_by = explanation.writtenBy
            written_at = explanation.writtenAt
            origin = Nullable(
                explanation.origin.map {
                    OriginJSON(year: $0.year, version: $0.version, label: $0.label(forYear: year))
                })
            decision = Nullable(
                explanation.decision.map {
                    DecisionJSON(
                        decision: $0.verdict.rawValue, comment: $0.comment, decided_by: $0.decidedBy,
                        decided_at: $0.decidedAt)
                })
        }
    }

    /// A value written as `null` when absent (where a synthesized encoding would leave the key out).
    struct Nullable<Value: Encodable>: Encodable {
        var value: Value?

        init(_ value: Value?) {
            self.value = value
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }
}
