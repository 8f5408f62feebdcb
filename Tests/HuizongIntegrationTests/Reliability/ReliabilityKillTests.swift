import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// All or nothing: `kill -9` of `huizong run` at any moment leaves the previous results
/// current and readable, and the next run succeeds and publishes the new ones.
///
/// (Killing the PostgreSQL server is `ReliabilityServerKillTests`, on a server of its own:
/// this suite shares one, started by `make test`, with every other test.)
@Suite("reliability: kill -9 of huizong run") struct ReliabilityKillTests {
    /// Where a kill landed, from the killed run's row once its server backend has ended.
    enum Landing: String, CaseIterable {
        case beforeRunRow = "before its run row was committed"
        case beforeCommit = "after its run row, before the results committed"
        case afterCommit = "after the results committed, before the process ended"
        case finished = "after the process had ended by itself"
    }

    /// Kill points as fractions of the duration of an uncut run of the same input: the
    /// first uncut run of the new input, then each point's own rerun (so the points follow
    /// the machine's load); denser near the end, where the commit is.
    static let fractions: [Double] = [0, 0.05, 0.15, 0.3, 0.45, 0.6, 0.75, 0.85, 0.95, 1.0, 1.1, 1.4]

    @Test("killed at 12 points from 0 ms to past its end, a run leaves old or new figures, never others")
    func killAnywhere() throws {
        let department = try ReliabilityDepartment.get()
        let db = try ScratchDatabase(template: department.template)
        var duration = department.newRunSeconds
        // The current results are the old figures; the input is changed to the new ones.
        // After each point a rerun publishes the input, and the input is flipped back, so
        // the point after sees old and new swapped.
        var current = department.oldFigures
        var input = department.newFigures
        var seed = 2
        var landings: [Landing: Int] = [:]
        var lockedReruns: [String] = []
        var log: [String] = []
        let started = Date()

        for fraction in Self.fractions {
            let resubmitted = try db.huizong(["submit", department.file(seed: seed)])
            try #require(resubmitted.status == 0, "\(resubmitted.stdout)\(resubmitted.stderr)")
            let previous = Int(try db.scalar("select coalesce(max(id), 0) from pipeline.run") ?? "") ?? 0
            let delay = fraction * duration
            let point = String(format: "kill at %4.0f ms (%.2f × %.2f s)", delay * 1000, fraction, duration)

            let run = try db.start(ReliabilityDepartment.runArguments)
            if delay > 0 { usleep(useconds_t(delay * 1_000_000)) }
            run.kill()
            let (killedRun, killed) = try run.wait()
            if !killed {
                #expect(killedRun.status == 0, "\(point): \(killedRun.stdout)\(killedRun.stderr)")
            }

            // Readable at once, while the killed run's server backend may still be working.
            let rightAfter = try db.totals()
            #expect(rightAfter == current || rightAfter == input, "\(point): the export is neither old nor new")

            // The next run, started at once, succeeds: with --wait it queues until the killed
            // run's server session has noticed its client is gone (within the run's
            // client_connection_check_interval) and let go of the lock.
            var rerunStarted = Date()
            let rerun = try db.huizong(ReliabilityDepartment.runArguments + ["--wait"])
            var rerunSeconds = Date().timeIntervalSince(rerunStarted)
            #expect(rerun.status == 0, "\(point): the next run, started at once: \(rerun.stdout)\(rerun.stderr)")
            if rerun.status == 4 { lockedReruns.append("\(point): \(rerun.stderr)") }
            let waited = try db.waitForOtherBackends()

            // Where the kill landed, from what the killed run committed.
            let killedRuns = try db.connection.execute(
                "select id, status from pipeline.run where id > $1::bigint and id <> $2::bigint order by id",
                [.text(String(previous)), .text(String(ScratchDatabase.runId(rerun.stdout) ?? 0))])
            #expect(killedRuns.count <= 1, "\(point): one run started, \(killedRuns.count) found")
            let status = killedRuns.first?["status"]
            let landing: Landing
            switch (killed, status) {
            case (false, _): landing = .finished
            case (true, nil): landing = .beforeRunRow
            case (true, "running"), (true, "failed"): landing = .beforeCommit
            case (true, "succeeded"): landing = .afterCommit
            case (true, let other):
                Issue.record("\(point): the killed run is '\(other ?? "")'")
                landing = .beforeCommit
            }
            landings[landing, default: 0] += 1
            if rerun.status != 0 {
                // Settled, before any other run: the new figures exactly when the killed run committed.
                let settled = try db.totals()
                let committed = landing == .afterCommit || landing == .finished
                #expect(
                    settled == (committed ? input : current),
                    "\(point): killed run \(status ?? "none"), export shows the \(settled == input ? "new" : "old") figures"
                )
                rerunStarted = Date()
                let again = try db.huizong(ReliabilityDepartment.runArguments)
                rerunSeconds = Date().timeIntervalSince(rerunStarted)
                #expect(again.status == 0, "\(point): rerun once the killed run's backend ended: \(again.stderr)")
            }
            #expect(try db.totals() == input, "\(point): after the rerun the export shows the input's figures")
            log.append(
                "\(point): \(landing.rawValue); "
                    + (rerun.status == 0
                        ? String(format: "next run exit 0 (%.2f s)", rerunSeconds)
                        : String(
                            format: "next run exit %d, once the backend ended exit 0 (%.2f s)", rerun.status,
                            rerunSeconds))
                    + (waited > 0.01 ? String(format: ", killed run's server backend ended %.2f s later", waited) : ""))

            duration = rerunSeconds
            swap(&current, &input)
            seed = 3 - seed
        }

        let stale = try db.scalar("select count(*) from pipeline.run where status = 'running'") ?? "?"
        let summary =
            String(
                format: "first uncut run %.2f s; %d kill points in %.1f s\n", department.newRunSeconds,
                Self.fractions.count,
                Date().timeIntervalSince(started))
            + Landing.allCases.map { "  \($0.rawValue): \(landings[$0] ?? 0)" }.joined(separator: "\n")
            + "\n  runs left 'running' by kills: \(stale); next run refused (exit 4): \(lockedReruns.count)\n"
            + log.map { "  " + $0 }.joined(separator: "\n")
        print(summary)
        // Kills must have landed on both sides of the commit for the test to prove anything.
        #expect((landings[.beforeCommit] ?? 0) >= 3, "see the summary printed above")
        #expect((landings[.afterCommit] ?? 0) + (landings[.finished] ?? 0) >= 1, "see the summary printed above")
    }
}
