/// The text encoding a submission file was found to be in.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case gb18030 = "GB18030"
    /// Not a text encoding: the file was an XLSX workbook.
    case xlsx = "XLSX"
}
