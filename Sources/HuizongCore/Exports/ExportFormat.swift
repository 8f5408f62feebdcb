/// The formats an export can be written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv, md, xlsx

    /// Excel opens a CSV as UTF-8 only when it starts with a byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// An amount as exported: exact yuan and 万元 rounded half-up to two decimals (both
/// computed by PostgreSQL from the exact sum).
public struct ExportAmount: Sendable, Equatable {
    /// Exact yuan, two decimals.
    public var yuan: String
    /// 万元, two decimals, half-up from `yuan`.
    public var wan: String
}

/// The run an export comes from: the node's newest finished run for the year.
public struct ExportSource: Sendable {
    public var nodeCode: String
    public var nodeName: String
    public var fiscalYear: Int
    public var runId: Int64
    public var complete: Bool
    public var missingUnits: [String]
}
