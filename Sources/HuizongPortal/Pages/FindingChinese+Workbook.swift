/// The texts of workbook uploads: unreadable cells and sheets, and the archive-level errors
/// an accountant can act on. The XML syntax errors inside a damaged part stay English.
extension FindingChinese {
    static let workbookExpectedPhrases = [
        "an empty cell (no column header above it)": "空单元格（上方没有列标题）",
        "a value (a formula counts only by its saved result: open and save the file in Excel or WPS, or paste values)":
            "一个值（公式只按保存下来的计算结果读取：请在 Excel 或 WPS 中打开并保存文件，或粘贴为数值）",
        "a workbook with a sheet": "至少有一个工作表的工作簿",
        "a readable zip directory": "可读取的 zip 目录",
        "an XLSX workbook (a zip archive)": "XLSX 工作簿（zip 压缩包）",
        "a zip archive (starting with PK)": "zip 压缩包（以 PK 开头）",
        "compressed data that decompresses": "能够解压的压缩数据",
        "a workbook without links to other files or sources": "不链接其他文件或数据源的工作簿",
        "a workbook without links to other workbooks": "不链接其他工作簿的工作簿",
        "a sheet": "一个工作表",
    ]

    static let workbookExpectedPatterns = [
        FindingPattern(/a header row on sheet (.+)/) { "工作表 \($0[0]) 上的表头行" },
        FindingPattern(/a file of at most (\d+) bytes/) { "不超过 \($0[0]) 字节的文件" },
        FindingPattern(/at most (\d+) bytes uncompressed/) { "解压后不超过 \($0[0]) 字节" },
        FindingPattern(/at most (\d+) bytes decompressed over all parts read/) { "所读部件解压后合计不超过 \($0[0]) 字节" },
        FindingPattern(/the part (\S+) of every XLSX file/) { "每个 XLSX 文件都有的部件 \($0[0])" },
        FindingPattern(/the part (\S+) in the archive/) { "压缩包中的部件 \($0[0])" },
        FindingPattern(/at most (\d+) rows holding data on sheet "(.+)"/) { "工作表“\($0[1])”上最多 \($0[0]) 行数据" },
        FindingPattern(/at most (\d+) characters/) { "最多 \($0[0]) 个字符" },
        FindingPattern(/columns up to ([A-Z]+)/) { "不超过 \($0[0]) 列" },
        FindingPattern(/one of the sheets (.+)/) { "以下工作表之一：\($0[0])" },
    ]

    static let workbookFoundPhrases = [
        "no sheets": "没有工作表",
        "an empty sheet": "空工作表",
        "a damaged or truncated zip archive": "损坏或不完整的 zip 压缩包",
        "an OLE compound file: an encrypted workbook or an old .xls — save it as .xlsx without a password":
            "OLE 复合文件：加密的工作簿或旧版 .xls——请另存为不设密码的 .xlsx",
        "none (is this an XLSX file?)": "没有（这是 XLSX 文件吗？）",
    ]

    static let workbookFoundPatterns = [
        FindingPattern(/the error value (\S+)(?: of (=.+))?/, rules: ["xlsx_cell"]) {
            "错误值 \($0[0])" + ($0[1].isEmpty ? "" : "（公式 \($0[1])）")
        },
        FindingPattern(/the formula (=.*) saved without its result/, rules: ["xlsx_cell"]) { "保存时没有计算结果的公式 \($0[0])" },
        FindingPattern(/(\d+) bytes/, rules: ["xlsx"]) { "\($0[0]) 字节" },
        FindingPattern(/bytes starting (.+)/, rules: ["xlsx"]) { "开头为 \($0[0]) 的字节" },
        FindingPattern(/none(?: in (\S+))?/, rules: ["xlsx"]) { $0[0].isEmpty ? "没有" : "没有（部件 \($0[0])）" },
        FindingPattern(/(\d+) bytes declared in the zip directory in (\S+)/, rules: ["xlsx"]) {
            "zip 目录声明为 \($0[0]) 字节（部件 \($0[1])）"
        },
        FindingPattern(/more, the next at row (\d+)/, rules: ["xlsx"]) { "更多，下一行在第 \($0[0]) 行" },
        FindingPattern(/(\d+) or more/, rules: ["xlsx"]) { "\($0[0]) 个或更多" },
        FindingPattern(/a cell in column ([A-Z]+)/, rules: ["xlsx"]) { "\($0[0]) 列中的单元格" },
        FindingPattern(/no sheet named "(.+)"/, rules: ["xlsx"]) { "没有名为“\($0[0])”的工作表" },
    ]
}
