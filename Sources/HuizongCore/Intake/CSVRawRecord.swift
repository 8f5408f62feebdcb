/// One field as read from the file.
struct CSVRawField: Equatable, Sendable {
    /// The text with quoting undone.
    var text: String
    /// Whether the field was enclosed in double quotes (or is a workbook's text cell): such a
    /// field may group thousands with commas.
    var quoted: Bool
    /// A workbook cell's text, shown as it is in messages (it had no quotes to restore).
    var verbatim = false

    /// The field as it appeared in the file, quotes restored, for messages.
    var raw: String {
        quoted && !verbatim ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
}

/// A CSV syntax problem within one record: its shape and arguments.
struct CSVSyntaxProblem: Equatable, Sendable {
    /// 0-based position of the field in the record.
    var field: Int
    var message: IntakeMessage
    var args: FindingArgs
}

/// One record as read from the file, before any meaning is given to its fields.
struct CSVRawRecord: Equatable, Sendable {
    /// 1-based physical line where the record starts.
    var line: Int
    var fields: [CSVRawField] = []
    var problems: [CSVSyntaxProblem] = []
}
