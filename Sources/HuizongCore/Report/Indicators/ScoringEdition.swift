import Foundation
import Yams

/// A scoring edition of the 自评表 (`pipelines/scoring/NAME.yaml`): the total, the funds
/// row's weight and rule, the 一级/二级指标 and their weights, how targets are read, and which
/// 三级指标 the data computes. Data, per city and year; the shipped `yiyang-2022` reproduces
/// the reference report's 99 of 100.
public struct ScoringEdition: Decodable, Sendable {
    /// The directory of the editions, relative to the project files.
    public static let directory = "pipelines/scoring"

    public var name: String
    public var city: String
    public var year: Int
    public var total: Points
    public var funds: FundsRule
    public var levels: [Level]
    public var targets: Targets
    /// 三级指标 name → cost indicator key (`ReportFigures.CostIndicator`).
    public var computed: [String: String]

    /// The funds row (预算执行): its weight and how the execution rate scores.
    public struct FundsRule: Decodable, Sendable {
        public var name: String
        public var weight: Points
        public var rule: Rule

        /// `proportional`: weight × rate / 100, half up to two decimals, at most the weight.
        public enum Rule: String, Decodable, Sendable {
            case proportional
        }
    }

    /// A 一级指标 and its 二级指标 (a 二级指标 has no children).
    public struct Level: Decodable, Sendable {
        public var name: String
        public var weight: Points
        public var children: [Level]?
    }

    /// How a target is read.
    public struct Targets: Decodable, Sendable {
        /// A bare figure (`100家`): `at_least` (met by an actual at least that large) or `equal`.
        public var bare: Bare

        public enum Bare: String, Decodable, Sendable {
            case atLeast = "at_least"
            case equal
        }
    }

    /// The edition `name` (`yiyang-2022`), checked (`check`).
    public static func load(name: String, files: ProjectFiles) throws -> ScoringEdition {
        let path = "\(directory)/\(name).yaml"
        let text: String
        do {
            text = try files.text(path)
        } catch {
            throw HuizongError.usage(.unknownScoringEdition(name: name))
        }
        let edition: ScoringEdition
        do {
            edition = try YAMLDecoder().decode(ScoringEdition.self, from: text)
        } catch {
            throw HuizongError.usage(.scoringEditionInvalid(path: path, reason: "\(error)"))
        }
        try edition.check()
        return edition
    }

    /// The edition for `year` when none is named: the newest whose year is at most `year`.
    public static func named(_ name: String?, year: Int, files: ProjectFiles) throws -> ScoringEdition {
        if let name { return try load(name: name, files: files) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: files.url(directory).path)) ?? []
        let editions = try names.filter { $0.hasSuffix(".yaml") }.sorted().map {
            try load(name: String($0.dropLast(5)), files: files)
        }
        guard let edition = editions.filter({ $0.year <= year }).max(by: { $0.year < $1.year }) else {
            throw HuizongError.usage(.noScoringEdition(year: year))
        }
        return edition
    }

    /// Refuses an edition whose weights do not add up: the funds row and the 一级指标 to the
    /// total, each 一级指标's 二级指标 to it.
    public func check() throws {
        let top = levels.reduce(funds.weight) { $0 + $1.weight }
        if top != total {
            throw HuizongError.usage(
                .scoringEditionWeights(
                    edition: name, level: "", expected: total.description, found: top.description))
        }
        for level in levels {
            guard let children = level.children, !children.isEmpty else { continue }
            let sum = children.reduce(Points.zero) { $0 + $1.weight }
            if sum != level.weight {
                throw HuizongError.usage(
                    .scoringEditionWeights(
                        edition: name, level: level.name, expected: level.weight.description,
                        found: sum.description))
            }
        }
    }

    /// The 一级指标 `name`, if the edition has it.
    func level(_ name: String) -> Level? {
        levels.first { $0.name == name }
    }

    /// The cost indicator a 三级指标 `name` is computed as, if any.
    func computedKey(_ name: String) -> String? {
        computed[name.trimmingCharacters(in: .whitespaces)]
    }

    /// The funds row's score at `rate` percent (`"100.00"`); nil without a rate.
    public func fundsScore(rate: String?) -> Points? {
        guard let rate, let percent = Points(text: rate) else { return nil }
        switch funds.rule {
        case .proportional:
            // weight (hundredths) × rate (hundredths of a percent) / 10 000, half up.
            let raw = funds.weight.hundredths * percent.hundredths
            let score = Points(hundredths: (raw + 5_000) / 10_000)
            return min(score, funds.weight)
        }
    }
}
