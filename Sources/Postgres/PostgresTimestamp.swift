#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `timestamptz` text both ways, in microseconds (PostgreSQL's resolution) on the proleptic
/// Gregorian calendar, as the server counts. No Calendar or formatter, so no locale or time zone
/// of the process can change the result.
enum PostgresTimestamp {
    static let microsPerSecond: Int64 = 1_000_000
    static let microsPerDay: Int64 = 86_400 * microsPerSecond
    /// Microseconds from 1970-01-01 to 2001-01-01, the `Date` reference.
    static let referenceFromUnix: Int64 = 978_307_200 * microsPerSecond

    /// ISO 8601 in UTC with microseconds, `2023-03-20T07:50:00.123456+00:00` (with ` BC` before
    /// year 1); nil for a date that is not finite or lies beyond ±285,000 years.
    static func text(_ date: Date) -> String? {
        let seconds = date.timeIntervalSinceReferenceDate
        guard seconds.isFinite, abs(seconds) < 9e12 else { return nil }
        let micros = Int64((seconds * 1e6).rounded()) + referenceFromUnix
        let days = floorDivide(micros, microsPerDay)
        let time = micros - days * microsPerDay
        let (year, month, day) = civil(fromDays: days)
        let seconds60 = time / microsPerSecond
        let date =
            pad(year > 0 ? year : 1 - year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        let clock =
            pad(seconds60 / 3600, 2) + ":" + pad(seconds60 / 60 % 60, 2) + ":" + pad(seconds60 % 60, 2) + "."
            + pad(time % microsPerSecond, 6)
        return date + "T" + clock + "+00:00" + (year > 0 ? "" : " BC")
    }

    /// The instant of `timestamptz` output in ISO DateStyle, e.g. `2023-03-20 15:50:00.5+08`,
    /// `+05:30` or a historical `+00:19:32` offset; nil for other styles and for infinity.
    static func date(_ text: String) -> Date? {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard let micros = scanner.timestamp(), scanner.isAtEnd else { return nil }
        return Date(timeIntervalSinceReferenceDate: Double(micros - referenceFromUnix) / 1e6)
    }

    /// Year, month, day of a day count from 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 (H. Hinnant's `days_from_civil`).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = floorDivide(marchYear, 400)
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Reads `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM[:SS]][ BC]` into microseconds since 1970.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        mutating func timestamp() -> Int64? {
            guard let (year, month, day) = calendarDate(), take(" ") || take("T"), let time = timeOfDay(),
                let offset = offsetSeconds()
            else { return nil }
            // Year N BC is astronomical year 1 - N.
            let astronomical = take(" BC") ? 1 - year : year
            guard let days = Self.days(year: astronomical, month: month, day: day) else { return nil }
            return days * PostgresTimestamp.microsPerDay + time - offset * PostgresTimestamp.microsPerSecond
        }

        private mutating func calendarDate() -> (Int64, Int64, Int64)? {
            guard let year = number(4...6), take("-"), let month = number(2...2), take("-"),
                let day = number(2...2), year >= 1
            else { return nil }
            return (year, month, day)
        }

        /// The day count of a date that exists (no February 30th).
        private static func days(year: Int64, month: Int64, day: Int64) -> Int64? {
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            let days = PostgresTimestamp.days(year: year, month: month, day: day)
            let (_, civilMonth, civilDay) = PostgresTimestamp.civil(fromDays: days)
            return civilMonth == month && civilDay == day ? days : nil
        }

        private mutating func timeOfDay() -> Int64? {
            guard let hour = number(2...2), take(":"), let minute = number(2...2), take(":"),
                let second = number(2...2), hour < 24, minute < 60, second < 60
            else { return nil }
            var micros = ((hour * 60 + minute) * 60 + second) * PostgresTimestamp.microsPerSecond
            if take(".") {
                let start = index
                guard let fraction = number(1...6) else { return nil }
                let scale = (index - start..<6).reduce(Int64(1)) { product, _ in product * 10 }
                micros += fraction * scale
            }
            return micros
        }

        private mutating func offsetSeconds() -> Int64? {
            let sign: Int64
            if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return nil }
            guard let hours = number(2...2) else { return nil }
            var seconds = hours * 3600
            for unit: Int64 in [60, 1] {
                guard take(":") else { break }
                guard let part = number(2...2), part < 60 else { return nil }
                seconds += part * unit
            }
            return sign * seconds
        }

        /// A run of ASCII digits whose length lies in `widths`.
        private mutating func number(_ widths: ClosedRange<Int>) -> Int64? {
            let start = index
            while index < bytes.count, index - start < widths.upperBound,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
            {
                index += 1
            }
            guard widths.contains(index - start) else { return nil }
            return bytes[start..<index].reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        }

        private mutating func take(_ literal: String) -> Bool {
            let expected = Array(literal.utf8)
            guard bytes[index...].starts(with: expected) else { return false }
            index += expected.count
            return true
        }
    }
}

extension Date: PostgresEncodable, PostgresDecodable {
    /// `timestamptz`.
    public static var postgresType: String? { "timestamptz" }

    /// ISO 8601 in UTC with microseconds (the server's resolution; finer parts are rounded).
    /// A date that is not finite or beyond ±285,000 years is sent as text the server refuses
    /// (SQLSTATE 22007).
    public var postgresValue: PostgresValue? {
        .text(PostgresTimestamp.text(self) ?? "not a representable timestamp")
    }

    /// `timestamptz` output in ISO DateStyle, whatever the session's TimeZone (the offset is
    /// read). `Connection` sets `DateStyle = ISO`; `infinity` is refused.
    public init(postgresText text: String) throws(PostgresDecodingError) {
        guard let date = PostgresTimestamp.date(text) else {
            throw PostgresDecodingError("is not a finite timestamptz in ISO DateStyle")
        }
        self = date
    }
}
