import Foundation
import Testing

@testable import HuizongCore

/// A run's outcome: one list, its words in both languages, and the one exit-code mapping.
@Suite struct RunOutcomeTests {
    @Test(
        "each outcome has its exit code, English and Chinese words",
        arguments: [
            (RunOutcome.complete, Int32(0), "succeeded, complete", "完成"),
            (.incomplete, 3, "succeeded, incomplete", "完成但不完整"),
            (.failed, 1, "failed", "失败"),
            (.running, 1, "running", "进行中"),
            (.abandoned, 1, "abandoned", "已中断"),
        ])
    func wordsAndExitCodes(outcome: RunOutcome, exit: Int32, english: String, chinese: String) {
        #expect(outcome.exitCode == exit)
        #expect(outcome.label == english)
        #expect(outcome.chinese == chinese)
        #expect(outcome.succeeded == (exit != 1))
    }

    @Test("the outcome of a stored run: status, completeness and the abandonment message")
    func fromStoredRun() {
        #expect(RunOutcome(status: "succeeded", complete: true, message: nil) == .complete)
        #expect(RunOutcome(status: "succeeded", complete: false, message: nil) == .incomplete)
        #expect(RunOutcome(status: "running", complete: nil, message: nil) == .running)
        #expect(RunOutcome(status: "failed", complete: nil, message: "ERROR 42P01: relation missing") == .failed)
        #expect(RunOutcome(status: "failed", complete: nil, message: nil) == .failed)
        #expect(RunOutcome(status: "failed", complete: nil, message: RunOutcome.abandonedMessage) == .abandoned)
    }

    @Test("the runner's outcome and exit code are the shared ones")
    func runnerOutcome() {
        let run = { (succeeded: Bool, complete: Bool) in
            PipelineRunner.Outcome(
                runId: 1, succeeded: succeeded, complete: complete, missingUnits: [], errors: 0, warnings: 0)
        }
        #expect(run(true, true).outcome == .complete && run(true, true).exitCode == 0)
        #expect(run(true, false).outcome == .incomplete && run(true, false).exitCode == 3)
        #expect(run(false, false).outcome == .failed && run(false, false).exitCode == 1)
        #expect(run(false, true).outcome == .failed)
    }

    @Test("a run read model's status, completeness and exit code follow its outcome")
    func detailFollowsOutcome() {
        let detail = { (outcome: RunOutcome) in
            RunDetail(
                id: 1, node: "401", year: 2022, outcome: outcome, missing: [], errors: 0, warnings: 0,
                startedAt: Date(timeIntervalSince1970: 1_640_995_200), stages: [], manifest: nil)
        }
        #expect(
            RunOutcome.allCases.map { detail($0).status } == ["succeeded", "succeeded", "failed", "running", "failed"])
        #expect(RunOutcome.allCases.map { detail($0).complete } == [true, false, false, false, false])
        #expect(RunOutcome.allCases.map { detail($0).exitCode } == [0, 3, 1, 1, 1])
        #expect(RunDetail.Stage(name: "validate", seconds: "0.42").description == "validate 0.42 s")
        let stored = RunDetail(
            id: 1, node: "401", year: 2022, status: "succeeded", complete: false, missing: ["401002"], errors: 0,
            warnings: 0, startedAt: Date(timeIntervalSince1970: 1_640_995_200), findings: [], moreFindings: 0)
        #expect(stored.outcome == .incomplete && stored.exitCode == 3)
    }
}
