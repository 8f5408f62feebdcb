import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One run at a time per node and year, and one snapshot per run.
@Suite("reliability: concurrent runs and uploads") struct ReliabilityConcurrencyTests {
    @Test("two runs started together: one consolidates, the other exits 4 at once naming it")
    func twoRunsTogether() throws {
        let department = try ReliabilityDepartment.get()
        let db = try ScratchDatabase(template: department.template)
        let first = try db.start(ReliabilityDepartment.runArguments)
        let second = try db.start(ReliabilityDepartment.runArguments)
        // Which one ended first, and whether the other was still running then.
        var ended: [Int] = []
        var overlapped = false
        while ended.count < 2 {
            for (index, process) in [first, second].enumerated() where !ended.contains(index) && !process.isRunning {
                if ended.isEmpty { overlapped = [first, second][1 - index].isRunning }
                ended.append(index)
            }
            usleep(2_000)
        }
        let results = try [first.wait().result, second.wait().result]
        let statuses = results.map(\.status)
        #expect(overlapped, "the two runs did not overlap: statuses \(statuses)")
        #expect(statuses.sorted() == [0, 4], "\(results)")
        guard let winner = results.first(where: { $0.status == 0 }),
            let loser = results.first(where: { $0.status == 4 })
        else { return }
        #expect(results[ended[0]].status == 4, "the refused run ends first, while the other runs")
        let runId = try #require(ScratchDatabase.runId(winner.stdout), "\(winner.stdout)")
        #expect(winner.stdout.hasPrefix("run \(runId) for BENCH 2022: consolidated, complete"))
        #expect(loser.stdout == "")
        #expect(
            loser.stderr == "huizong: run \(runId) for BENCH 2022 is in progress; try again when it has finished\n",
            "the message names the run that holds the lock")
        #expect(try db.scalar("select count(*) from pipeline.run") == "2", "the refused run records no run")
        #expect(try db.totals() == department.oldFigures)
        let next = try db.huizong(ReliabilityDepartment.runArguments)
        #expect(next.status == 0, "\(next.stderr)")
    }

    @Test("a submission uploaded while a run runs is not seen by it, and is seen by the next run")
    func uploadDuringRun() throws {
        let department = try ReliabilityDepartment.get()
        let db = try ScratchDatabase(template: department.template)
        let unit = ReliabilityDepartment.changedUnit
        let current = "select id from intake.current_submission where unit_code = $1 and fiscal_year = 2022"
        let old = try #require(try db.scalar(current, [.text(unit)]))

        let run = try db.start(ReliabilityDepartment.runArguments)
        // Wait until the run has read its inputs: its transaction has written (so holds an
        // xid) — the first statement of the repeatable-read transaction records them.
        let started = Date()
        while try db.scalar(
            """
            select count(*) from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null
            """) == "0"
        {
            try #require(run.isRunning, "the run ended before it was seen reading its inputs")
            try #require(Date().timeIntervalSince(started) < 30, "the run never started its transaction")
            usleep(2_000)
        }
        let upload = try db.huizong(["submit", department.file(seed: 2)])
        let runStillRunning = run.isRunning
        #expect(upload.status == 0, "\(upload.stdout)\(upload.stderr)")
        let new = try #require(try db.scalar(current, [.text(unit)]))
        #expect(new != old)
        #expect(runStillRunning, "the upload must commit while the run runs for this test to prove anything")

        let (result, _) = try run.wait()
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let runId = try #require(ScratchDatabase.runId(result.stdout), "\(result.stdout)")
        let inputs = "select submission_id from pipeline.run_submission where run_id = $1::bigint and unit_code = $2"
        #expect(try db.scalar(inputs, [.text(String(runId)), .text(unit)]) == old, "the run used the old submission")
        #expect(
            try db.scalar(
                "select count(*) from pipeline.run_submission where run_id = $1::bigint", [.text(String(runId))])
                == String(ReliabilityDepartment.units))
        #expect(try db.totals() == department.oldFigures, "the run's results are the old figures, not half of the new")

        let next = try db.huizong(ReliabilityDepartment.runArguments)
        #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
        let nextId = try #require(ScratchDatabase.runId(next.stdout), "\(next.stdout)")
        #expect(try db.scalar(inputs, [.text(String(nextId)), .text(unit)]) == new, "the next run uses the new one")
        #expect(try db.totals() == department.newFigures)
    }
}
