/// A unit's explanation (审核说明) of one warning of one submission, with the office's
/// latest decision on it.
public struct Explanation: Sendable, Equatable {
    /// Its row in `intake.explanation`.
    public var id: Int64
    /// The submission whose warning it explains.
    public var submission: Int64
    /// The finding's identity (`Finding.id`).
    public var finding: String
    public var text: String
    public var writtenBy: String
    /// When, as stored (`timestamptz`, ISO 8601 with offset).
    public var writtenAt: String
    /// Where the text was confirmed from (an earlier version's or year's explanation); nil when written here.
    public var origin: Origin?
    /// The office's newest word on it; nil while undecided.
    public var decision: Decision?

    /// Where an offered or confirmed explanation was first written.
    public struct Origin: Sendable, Equatable {
        /// That explanation's row.
        public var explanation: Int64
        /// Its fiscal year.
        public var year: Int
        /// Its submission's version.
        public var version: Int

        /// 版本 2 (the same year's earlier version) or 2022 年 (an earlier year).
        public func label(forYear year: Int) -> String {
            self.year == year ? "版本 \(version)" : "\(self.year) 年"
        }
    }

    /// The office's decision on an explanation.
    public struct Decision: Sendable, Equatable {
        public var verdict: Verdict
        public var comment: String?
        public var decidedBy: String
        public var decidedAt: String
    }

    /// Accepted or not.
    public enum Verdict: String, Sendable, CaseIterable {
        case accepted
        case rejected

        /// 已接受 / 不接受.
        public var chinese: String { self == .accepted ? "已接受" : "不接受" }
    }
}

/// A warning of a submission, as the unit and the office see it: its explanation on this
/// submission, or else the one an earlier version or year offers.
public struct ExplainedFinding: Sendable {
    public var finding: Finding
    /// Its explanation on this submission; nil while unexplained.
    public var explanation: Explanation?
    /// An earlier explanation of the same finding, offered prefilled until confirmed.
    public var offer: Explanation?
    /// Whether the pipeline lets this warning's rule pass unexplained.
    public var optional: Bool

    /// Whether approval waits for this warning.
    public var blocksApproval: Bool { explanation == nil && !optional }
}
