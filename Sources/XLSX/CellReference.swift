/// A cell's place on a sheet: 1-based row and column, written in A1 style (`F12`).
public struct CellReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Excel's last column (XFD) and last row.
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public var row: Int
    public var column: Int

    /// A reference to `row` and `column`, both 1-based.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `F12`, `$F$12` or `XFD1048576`; nil for anything else or out of range.
    public init?(_ text: String) {
        var letters = 0
        var column = 0
        var row = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                letters += 1
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard digits > 0, (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var remaining = column
        var letters: [Character] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `F12`.
    public var description: String { Self.columnName(column) + String(row) }

    /// `$F$12`, as formulas and defined names write fixed references.
    public var absolute: String { "$" + Self.columnName(column) + "$" + String(row) }

    /// Row-major order, as cells appear in sheet XML.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells, `A1:D4`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var first: CellReference
    public var last: CellReference

    /// The cells from `first` to `last`, corners included.
    public init(_ first: CellReference, _ last: CellReference) {
        self.first = first
        self.last = last
    }

    /// `A1:D4`.
    public var description: String { "\(first):\(last)" }

    /// `$A$1:$D$4`.
    public var absolute: String { "\(first.absolute):\(last.absolute)" }
}
