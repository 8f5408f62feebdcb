import HuizongCore

/// What the office's status page shows for a node and year.
struct StatusView: Sendable {
    var year: Int
    /// Every unit expected to submit, with its state.
    var entries: [NodeStatus.Entry]
    /// Each unit's newest submission of the year.
    var newest: [String: SubmissionRecord]
    /// The node's newest run for the year, without its findings.
    var run: RunDetail?
}
