/// The workbook's style sheet, collected from the styles cells use: each distinct style becomes one cell format
/// (`xf`), sharing fonts, fills and number formats; entry 0 is `CellStyle()`.
struct StyleTable {
    /// A cell format: the style plus the quote prefix that keeps formula-like text from being evaluated.
    private struct Format: Hashable {
        var style: CellStyle
        var quotePrefix: Bool
    }

    private struct Font: Hashable {
        var bold: Bool
        var size: Double
    }

    /// The font Chinese offices expect in printed tables; GB2312 charset, no theme so it never changes with one.
    static let fontName = "宋体"
    /// Custom number formats are numbered from here; lower ids are built in.
    private static let firstCustomFormatID = 164

    private var formats: [Format] = []
    private var formatIndex: [Format: Int] = [:]
    private var fonts: [Font] = []
    private var fills: [String] = []
    private var customFormats: [String] = []

    init() {
        _ = try? index(for: CellStyle(), quotePrefix: false)
    }

    /// The `s` index for a cell with `style`; text that looks like a formula sets `quotePrefix`.
    mutating func index(for style: CellStyle, quotePrefix: Bool) throws -> Int {
        let format = Format(style: style, quotePrefix: quotePrefix)
        if let index = formatIndex[format] { return index }
        try Self.validate(style)
        register(style)
        formats.append(format)
        formatIndex[format] = formats.count - 1
        return formats.count - 1
    }

    /// `styles.xml`.
    func part() -> [UInt8] {
        var xml = MarkupBuilder()
        xml.open("styleSheet", [("xmlns", WriterNamespace.spreadsheet)])
        writeNumberFormats(&xml)
        writeFonts(&xml)
        writeFills(&xml)
        writeBorders(&xml)
        xml.open("cellStyleXfs", [("count", "1")])
        xml.empty("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
        xml.close("cellStyleXfs")
        xml.open("cellXfs", [("count", String(formats.count))])
        for format in formats { writeFormat(format, to: &xml) }
        xml.close("cellXfs")
        xml.open("cellStyles", [("count", "1")])
        xml.empty("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
        xml.close("cellStyles")
        xml.close("styleSheet")
        return xml.bytes
    }

    private static func validate(_ style: CellStyle) throws {
        guard (1...409).contains(style.fontSize) else {
            throw XLSXWriteError.invalidStyle("font size \(style.fontSize)")
        }
        guard (0...15).contains(style.indent) else { throw XLSXWriteError.invalidStyle("indent \(style.indent)") }
        if let fill = style.fill, argb(fill) == nil { throw XLSXWriteError.invalidFill(fill) }
        if case .custom(let code) = style.numberFormat, code.isEmpty || code.utf16.count > 255 {
            throw XLSXWriteError.invalidStyle("number format '\(code)'")
        }
    }

    /// Uppercase ARGB for 6 (opaque) or 8 hex digits; nil otherwise.
    private static func argb(_ hex: String) -> String? {
        guard hex.utf8.count == 6 || hex.utf8.count == 8, hex.allSatisfy(\.isHexDigit), hex.allSatisfy(\.isASCII)
        else { return nil }
        return (hex.utf8.count == 6 ? "FF" : "") + hex.uppercased()
    }

    private mutating func register(_ style: CellStyle) {
        let font = Font(bold: style.bold, size: style.fontSize)
        if !fonts.contains(font) { fonts.append(font) }
        if let fill = style.fill.flatMap(Self.argb), !fills.contains(fill) { fills.append(fill) }
        if case .custom(let code) = style.numberFormat, !customFormats.contains(code) { customFormats.append(code) }
    }

    private func numberFormatID(_ format: CellStyle.NumberFormat) -> Int {
        switch format {
        case .general: 0
        case .integer: 1
        case .decimal2: 2
        case .percent2: 10
        case .text: 49
        case .custom(let code): Self.firstCustomFormatID + (customFormats.firstIndex(of: code) ?? 0)
        }
    }

    private func writeNumberFormats(_ xml: inout MarkupBuilder) {
        guard !customFormats.isEmpty else { return }
        xml.open("numFmts", [("count", String(customFormats.count))])
        for (offset, code) in customFormats.enumerated() {
            xml.empty("numFmt", [("numFmtId", String(Self.firstCustomFormatID + offset)), ("formatCode", code)])
        }
        xml.close("numFmts")
    }

    private func writeFonts(_ xml: inout MarkupBuilder) {
        xml.open("fonts", [("count", String(fonts.count))])
        for font in fonts {
            xml.open("font")
            if font.bold { xml.empty("b") }
            xml.empty("sz", [("val", Self.decimal(font.size))])
            xml.empty("name", [("val", Self.fontName)])
            xml.empty("family", [("val", "3")])
            xml.empty("charset", [("val", "134")])
            xml.close("font")
        }
        xml.close("fonts")
    }

    /// The first two fills are reserved by the format: none and gray125.
    private func writeFills(_ xml: inout MarkupBuilder) {
        xml.open("fills", [("count", String(fills.count + 2))])
        for pattern in ["none", "gray125"] {
            xml.open("fill")
            xml.empty("patternFill", [("patternType", pattern)])
            xml.close("fill")
        }
        for fill in fills {
            xml.open("fill")
            xml.open("patternFill", [("patternType", "solid")])
            xml.empty("fgColor", [("rgb", fill)])
            xml.empty("bgColor", [("indexed", "64")])
            xml.close("patternFill")
            xml.close("fill")
        }
        xml.close("fills")
    }

    /// Border 0 is none, border 1 thin on all four sides.
    private func writeBorders(_ xml: inout MarkupBuilder) {
        xml.open("borders", [("count", "2")])
        xml.open("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
        xml.close("border")
        xml.open("border")
        for side in ["left", "right", "top", "bottom"] {
            xml.open(side, [("style", "thin")])
            xml.empty("color", [("indexed", "64")])
            xml.close(side)
        }
        xml.empty("diagonal")
        xml.close("border")
        xml.close("borders")
    }

    private func writeFormat(_ format: Format, to xml: inout MarkupBuilder) {
        let style = format.style
        let numberFormat = numberFormatID(style.numberFormat)
        let font = fonts.firstIndex(of: Font(bold: style.bold, size: style.fontSize)) ?? 0
        let fill = style.fill.flatMap(Self.argb).flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
        let alignment = Self.alignmentAttributes(style)
        let attributes: [MarkupBuilder.Attribute] = [
            ("numFmtId", String(numberFormat)), ("fontId", String(font)), ("fillId", String(fill)),
            ("borderId", style.border ? "1" : "0"), ("xfId", "0"), ("quotePrefix", format.quotePrefix ? "1" : nil),
            ("applyNumberFormat", numberFormat != 0 ? "1" : nil), ("applyFont", font != 0 ? "1" : nil),
            ("applyFill", fill != 0 ? "1" : nil), ("applyBorder", style.border ? "1" : nil),
            ("applyAlignment", alignment.isEmpty ? nil : "1"), ("applyProtection", style.locked ? nil : "1"),
        ]
        guard !alignment.isEmpty || !style.locked else { return xml.empty("xf", attributes) }
        xml.open("xf", attributes)
        if !alignment.isEmpty { xml.empty("alignment", alignment) }
        if !style.locked { xml.empty("protection", [("locked", "0")]) }
        xml.close("xf")
    }

    private static func alignmentAttributes(_ style: CellStyle) -> [MarkupBuilder.Attribute] {
        // An indent only means something flush left or right; Excel itself switches general to left.
        let indent = style.indent > 0 && style.horizontal != .center ? style.indent : 0
        let horizontal: String? =
            switch style.horizontal {
            case .general: indent > 0 ? "left" : nil
            case .left: "left"
            case .center: "center"
            case .right: "right"
            }
        let attributes: [MarkupBuilder.Attribute] = [
            ("horizontal", horizontal), ("vertical", style.verticalCenter ? "center" : nil),
            ("wrapText", style.wrap ? "1" : nil), ("indent", indent > 0 ? String(indent) : nil),
        ]
        return attributes.filter { $0.value != nil }
    }

    /// `11`, `10.5`: the shortest text that reads back as the same value.
    static func decimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
