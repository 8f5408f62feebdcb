import Foundation

/// Times as the finance office reads them: every time Huizong shows a person is the wall
/// time of the office's time zone (`HUIZONG_TIMEZONE`, default `Asia/Shanghai`), to the
/// minute. Stored times stay `timestamptz`; the JSON API keeps ISO 8601. The one formatter
/// the pages, the CLI and the exports use.
public struct OfficeTime: Sendable, Equatable {
    /// The zone when `HUIZONG_TIMEZONE` is not set.
    public static let defaultZone = "Asia/Shanghai"

    public let timeZone: TimeZone

    /// Times in `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Times in the zone named `identifier` (`Asia/Shanghai`, `UTC`); nil for an unknown name.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init(timeZone: zone)
    }

    /// The office's zone from `HUIZONG_TIMEZONE` in `environment`; the default when it is
    /// unset or empty, and also (with a line on stderr) when it names no zone.
    public static func configured(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> OfficeTime
    {
        let name = environment["HUIZONG_TIMEZONE"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultZone
        if let time = OfficeTime(identifier: name) { return time }
        FileHandle.standardError.write(
            Data("huizong: HUIZONG_TIMEZONE=\(name) names no time zone; using \(defaultZone)\n".utf8))
        return OfficeTime(identifier: defaultZone)!
    }

    /// The office's time, read from the environment once per process.
    public static let office = configured()

    /// `2023年3月20日 15:50`: what the pages show.
    public func page(_ date: Date) -> String {
        let c = parts(date)
        return "\(c.year)年\(c.month)月\(c.day)日 \(two(c.hour)):\(two(c.minute))"
    }

    /// `2023-03-20 15:50`: what the command line prints.
    public func listing(_ date: Date) -> String {
        let c = parts(date)
        return "\(c.year)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// `2023-03-20T15:50:00+08:00`: ISO 8601 with the office's offset, to the second (the
    /// exports that print times; deterministic for a given instant and zone).
    public func iso(_ date: Date) -> String {
        let c = parts(date)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(c.year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + "\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    private func parts(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    private func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

extension OfficeTime {
    /// The instant of a time the database wrote in UTC with `to_char`: ISO 8601
    /// `2023-03-20T07:50:00Z`, or `2023-03-20 07:50:00` (read as UTC); nil for other text.
    /// For read models that carry the API's stored string as well as the instant.
    public static func utc(_ text: String) -> Date? {
        var digits = text.hasSuffix("Z") ? String(text.dropLast()) : text
        digits = digits.replacingOccurrences(of: "T", with: " ")
        let parts = digits.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0) }
        guard parts.count == 6, parts.allSatisfy({ $0 != nil }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(
                year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4], second: parts[5]))
    }

    /// `page(_:)` of a stored UTC string (`utc(_:)`); the text itself when it is not one.
    public func page(utc text: String) -> String { OfficeTime.utc(text).map(page) ?? text }

    /// `listing(_:)` of a stored UTC string (`utc(_:)`); the text itself when it is not one.
    public func listing(utc text: String) -> String { OfficeTime.utc(text).map(listing) ?? text }

    /// `iso(_:)` of a stored UTC string (`utc(_:)`); the text itself when it is not one.
    public func iso(utc text: String) -> String { OfficeTime.utc(text).map(iso) ?? text }
}
