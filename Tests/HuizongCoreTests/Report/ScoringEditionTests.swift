import Foundation
import Testing

@testable import HuizongCore

/// The scoring edition as data: the shipped one's weights, the check that refuses weights
/// that do not add up, the target grammar and the funds row's score.
@Suite struct ScoringEditionTests {
    static let files = try! ProjectFiles.locate(executable: #filePath)

    @Test func shippedEditionAddsUp() throws {
        let edition = try ScoringEdition.load(name: "yiyang-2022", files: Self.files)
        #expect(edition.levels.map { "\($0.name) \($0.weight)" } == ["产出指标 50", "效益指标 40"])
        #expect(edition.funds.weight == Points(10))
        #expect(edition.fundsScore(rate: "100.00") == Points(10))
        #expect(edition.fundsScore(rate: "97.85")?.description == "9.79")
        #expect(try ScoringEdition.named(nil, year: 2023, files: Self.files).name == "yiyang-2022")
        #expect(
            Self.refusal { try ScoringEdition.named(nil, year: 2021, files: Self.files) }
                == .noScoringEdition(year: 2021))
    }

    @Test func weightsThatDoNotAddUpAreRefused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        let directory = root.appendingPathComponent(ScoringEdition.directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let shipped = try Self.files.text("pipelines/scoring/yiyang-2022.yaml")
        try shipped.replacingOccurrences(of: "{ name: 质量指标, weight: 20 }", with: "{ name: 质量指标, weight: 19 }")
            .write(to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        try shipped.replacingOccurrences(of: "weight: 40", with: "weight: 35")
            .write(to: directory.appendingPathComponent("total.yaml"), atomically: true, encoding: .utf8)
        let files = ProjectFiles(root: root)
        #expect(
            Self.refusal { try ScoringEdition.load(name: "bad", files: files) }
                == .scoringEditionWeights(edition: "yiyang-2022", level: "产出指标", expected: "50", found: "49"))
        #expect(
            Self.refusal { try ScoringEdition.load(name: "total", files: files) }
                == .scoringEditionWeights(edition: "yiyang-2022", level: "", expected: "100", found: "95"))
        #expect(
            Self.refusal { try ScoringEdition.load(name: "nowhere", files: files) }
                == .unknownScoringEdition(name: "nowhere"))
    }

    /// The usage refusal `body` throws; nil when it throws none or something else.
    static func refusal(_ body: () throws -> Any) -> Refusal? {
        do {
            _ = try body()
        } catch HuizongError.usage(let refusal) {
            return refusal
        } catch {
            return nil
        }
        return nil
    }

    @Test func targets() {
        let judge = { (target: String, actual: String?) in
            IndicatorTarget.judge(target: target, actual: actual, bare: .atLeast)
        }
        #expect(judge("≥90%", "98%") == .met)
        #expect(judge("≥90%", "89.99%") == .notMet)
        #expect(judge("≤100%", "97.85%") == .met)
        #expect(judge("<100%", "100.00%") == .notMet)
        #expect(judge("<100%", "46.97%") == .met)
        #expect(judge("100家", "113家") == .met)
        #expect(judge("100家", "99家") == .notMet)
        #expect(judge("100家", "113个") == .undecidable)
        #expect(judge("≥全省平均水平", "6.8%") == .undecidable)
        #expect(judge("合规", "合规") == .met)
        #expect(judge("按年度计划完满完成", "超额完成") == .undecidable)
        #expect(judge("≥90%", nil) == .undecidable)
        #expect(Points(text: "3.125") == nil && Points(text: "-1") == nil && Points(text: "2.5")?.description == "2.5")
    }
}
