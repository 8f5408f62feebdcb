import Foundation

/// The figures Huizong computes for a unit and year, by key, each with the Chinese names a sentence may call it.
///
/// The data mode matches a sentence's figure to the entry its label names. Filled today from the run's
/// consolidated totals and base data; the report's figure model will fill it later.
public struct DataFigures: Sendable {
    /// One figure of the data.
    public struct Entry: Sendable, Equatable {
        /// A stable key (`basic.by_econ.302`, `staff.actual`).
        public var key: String
        /// The exact value, in 万元 for money, in persons for staffing.
        public var value: Decimal
        /// The unit family the value is in: `money` (万元) or a count word.
        public var unit: FigureUnit
        /// Names that identify it in a sentence, most specific first (`商品和服务支出`, `302`).
        public var names: [String]

        public init(key: String, value: Decimal, unit: FigureUnit, names: [String]) {
            self.key = key
            self.value = value
            self.unit = unit
            self.names = names
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }
}
