/// Bounds on what a workbook may make the reader do.
///
/// Uploads may be hostile, so every quantity that costs memory or time is capped; passing a cap is an error,
/// never a silent truncation.
public struct WorkbookLimits: Sendable {
    /// The largest workbook file accepted, in bytes as uploaded (compressed).
    public var maxArchiveBytes: Int
    /// The most bytes any one part may decompress to.
    public var maxPartBytes: Int
    /// The most bytes decompressed over all parts read by one reader.
    public var maxTotalBytes: Int
    /// The most rows holding at least one cell on the sheet read.
    public var maxRows: Int
    /// The last column accepted (256 is column IV).
    public var maxColumns: Int
    /// The most entries in the shared string table.
    public var maxSharedStrings: Int
    /// The longest text accepted in one cell, in UTF-16 code units as Excel counts.
    public var maxCellCharacters: Int

    /// Limits with the given values; the defaults suit a department's budget submission.
    public init(
        maxArchiveBytes: Int = 32 << 20,
        maxPartBytes: Int = 64 << 20,
        maxTotalBytes: Int = 128 << 20,
        maxRows: Int = 100_000,
        maxColumns: Int = 256,
        maxSharedStrings: Int = 1_000_000,
        maxCellCharacters: Int = 32_767
    ) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxSharedStrings = maxSharedStrings
        self.maxCellCharacters = maxCellCharacters
    }

    /// The default limits.
    public static let `default` = WorkbookLimits()
}
