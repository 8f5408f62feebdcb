import Postgres
import Testing

@testable import HuizongCore

/// A unit's state for a year and a submission's status: one list each, with both languages.
@Suite struct UnitStateTests {
    @Test("the state follows the submission in force, its lock and its latest review")
    func decided() {
        let state = { (status: SubmissionStatus?, review: ReviewAction?, locked: Bool, submitted: Bool) in
            UnitState(inForce: status, review: review, locked: locked, submitted: submitted)
        }
        #expect(state(nil, nil, false, false) == .missing)
        #expect(state(nil, nil, false, true) == .rejected)
        #expect(state(.accepted, nil, false, true) == .accepted)
        #expect(state(.acceptedWithWarnings, nil, false, true) == .acceptedWithWarnings)
        #expect(state(.accepted, .return, false, true) == .returned)
        #expect(state(.accepted, .approve, true, true) == .approved)
        // approved after a return: the lock decides
        #expect(state(.acceptedWithWarnings, .return, true, true) == .approved)
        // unlocked: back to how intake ended
        #expect(state(.acceptedWithWarnings, .unlock, false, true) == .acceptedWithWarnings)
    }

    @Test(
        "each state has its stored word, English and Chinese words",
        arguments: [
            (UnitState.missing, "missing", "missing", "未报送", false),
            (.rejected, "rejected", "rejected", "已拒收", false),
            (.accepted, "accepted", "accepted", "已接受", true),
            (.acceptedWithWarnings, "accepted_with_warnings", "accepted with warnings", "已接受（有警告）", true),
            (.returned, "returned", "returned", "已退回", true),
            (.approved, "approved", "approved", "已审核通过", true),
        ])
    func words(state: UnitState, stored: String, english: String, chinese: String, inForce: Bool) {
        #expect(state.rawValue == stored)
        #expect(state.label == english)
        #expect(state.chinese == chinese)
        #expect(state.inForce == inForce)
    }

    @Test("a submission's status: words, and decoding only the finished ones")
    func submissionStatus() throws {
        #expect(SubmissionStatus.allCases.map(\.label) == ["accepted", "accepted with warnings", "rejected"])
        #expect(SubmissionStatus.allCases.map(\.chinese) == ["已接受", "已接受（有警告）", "已拒收"])
        #expect(try SubmissionStatus(postgresText: "accepted_with_warnings") == .acceptedWithWarnings)
        #expect(throws: PostgresDecodingError.self) { try SubmissionStatus(postgresText: "received") }
    }
}
