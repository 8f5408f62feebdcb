import Foundation
import HuizongCore
import Logging
import NIOPosix
import Postgres

/// What the portal can do, one method per action, shared by the pages and the JSON API
/// (one code path, two front doors). Each method checks the account's role, then runs its
/// SQL under row-level security as that account.
public struct PortalService: Sendable {
    let database: PortalDatabase
    let sessions: SessionStore
    let files: ProjectFiles
    let rules: [Rule]
    /// Which warnings approval waits to see explained (the shipped pipeline's `explain:`).
    let policy: ExplanationPolicy
    let logger: Logger
    /// The runs this process has started and not finished.
    let jobs = RunJobs()
    /// Where bcrypt runs: NIO's shared blocking pool, apart from the database's threads
    /// and from Swift's cooperative pool, which serves every other request.
    let hashing = NIOThreadPool.singleton
    /// LibreOffice, for the report as PDF; nil when it is not installed (no PDF offered).
    let pdf: ReportPDF?
    /// Where PDF conversions wait for LibreOffice: threads of their own, so that conversions
    /// (seconds each) neither hold up sign-ins on the hashing threads nor run more than
    /// `conversionThreads` LibreOffice processes at once.
    let conversions: NIOThreadPool
    static let conversionThreads = 2

    /// A service over `database`, checking uploads with the rules shipped in `files`; the
    /// report is offered as PDF when `pdf` (by default `soffice` as `ReportPDF.locate` finds it).
    public init(
        database: PortalDatabase, sessions: SessionStore, files: ProjectFiles, logger: Logger,
        pdf: ReportPDF? = ReportPDF.locate()
    ) throws {
        self.pdf = pdf
        conversions = NIOThreadPool(numberOfThreads: Self.conversionThreads)
        conversions.start()
        self.database = database
        self.sessions = sessions
        self.files = files
        self.rules = try Rule.load(directory: "sql/rules", files: files)
        // the run checks' messages too, for the findings of runs made before this start
        try Rule.loadCatalogue(files: files)
        self.policy = try ExplanationPolicy.shipped(files: files)
        self.logger = logger
    }

    // MARK: Sessions

    /// Checks the password and starts a session. The hash is fetched on one pooled
    /// connection (as the owner: accounts are not readable by the portal's role), bcrypt runs
    /// with no connection held, on the hashing threads, and the outcome is recorded on
    /// another: 32 wrong passwords at once no longer starve `/healthz` of connections.
    /// A locked account answers as a wrong password does, so that no answer tells which
    /// names exist (the refusal's text says that five failures lock an account).
    func signIn(name: String, password: String) async throws -> Session {
        let credentials = try await database.asOwner { try AccountStore(connection: $0).credentials(name) }
        let matched = try await hashing.runIfActive { AccountStore.verify(password, credentials) }
        let result = try await database.asOwner { connection in
            try AccountStore(connection: connection).record(name, credentials, matched: matched)
        }
        guard case .signedIn(let account) = result else { throw PortalError.badCredentials }
        return try await sessions.start(account)
    }

    /// Ends the session.
    func signOut(_ session: Session) async throws {
        try await sessions.end(session.id)
    }

    // MARK: Submissions

    /// Stores and checks an upload for `unit` and `year`. An accountant uploads for its own
    /// unit; the office and admin for any unit they see. The unit is checked under row-level
    /// security; intake itself runs as the owner (COPY FROM cannot run under row-level
    /// security), and the file's own meta rows must name that unit or it is rejected
    /// without being tied to any unit.
    func upload(_ session: Session, unit: String, year: Int, fileName: String, bytes: [UInt8]) async throws
        -> SubmissionDetail
    {
        let account = session.account.name
        try await database.asAccount(account) { try Self.requireVisible(unit, $0) }
        let rules = self.rules
        let logger = self.logger
        let outcome = try await database.asOwner(actingFor: account) { connection in
            try SubmissionStore(connection: connection, rules: rules, logger: logger).submit(
                fileName: fileName, data: bytes, expectedUnit: unit, expectedYear: year)
        }
        return try await submission(session, id: outcome.submissionId)
    }

    /// One submission with its findings and their explanations; 404 for one the account may
    /// not see.
    func submission(_ session: Session, id: Int64) async throws -> SubmissionDetail {
        let policy = self.policy
        return try await database.asAccount(session.account.name) { connection in
            guard let detail = try SubmissionDetail.load(id: id, policy: policy, connection: connection) else {
                throw PortalError.notFound
            }
            return detail
        }
    }

    /// The file as it was uploaded; 404 for another unit's, 500 when its bytes do not come back.
    func raw(_ session: Session, id: Int64) async throws -> RawUpload {
        try await database.asAccount(session.account.name) { connection in
            let raw: RawUpload?
            do {
                raw = try RawUpload.load(submission: id, connection: connection)
            } catch HuizongError.refused(let refusal) {
                throw PortalError(status: .internalServerError, refusal: refusal)
            }
            guard let raw else { throw PortalError.notFound }
            return raw
        }
    }

    // MARK: Status, runs and exports

    /// Starts the consolidation for `node` and `year` and answers once its run is recorded
    /// (status `running`), without waiting for it to finish. Office and admin only; the run
    /// writes the department's results and so runs as the owner, after the check, on a pooled
    /// connection off the event loop, under the CLI's advisory lock. When a run of the node and
    /// year is already going (here or from the CLI), the answer is that run.
    func run(_ session: Session, node: String, year: Int) async throws -> RunAnswer {
        try requireRole(session, [.office, .admin])
        try await database.asAccount(session.account.name) { try Self.requireVisible(node, $0) }
        if let job = jobs.running(node: node, year: year) { return RunAnswer(running: job.runId) }
        do {
            return RunAnswer(running: try await startRun(node: node, year: year))
        } catch HuizongError.locked(let refusal) {
            if case .runInProgress(let run?, _, _) = refusal { return RunAnswer(running: run) }
            return RunAnswer(locked: refusal)
        }
    }

    /// Begins a run in a detached task holding a pooled owner connection; answers its id once
    /// `begin` has recorded it, while the task goes on to execute the stages.
    private func startRun(node: String, year: Int) async throws -> Int64 {
        let files = self.files
        let logger = self.logger
        let jobs = self.jobs
        let database = self.database
        let pipelineFile = files.url("pipelines/nightly.yaml")
        return try await withCheckedThrowingContinuation { continuation in
            let signal = StartSignal(continuation)
            Task.detached {
                do {
                    try await database.asOwner { connection in
                        let started: PipelineRunner.Started
                        do {
                            started = try ConsolidationRun.begin(
                                node: node, year: year, pipelineFile: pipelineFile, connection: connection,
                                files: files, logger: logger)
                        } catch {
                            signal.resume(.failure(error))
                            return
                        }
                        let runId = started.runId
                        jobs.started(runId, node: node, year: year)
                        defer { jobs.finished(runId, node: node, year: year) }
                        signal.resume(.success(runId))
                        do {
                            let outcome = try ConsolidationRun.execute(
                                started, pipelineFile: pipelineFile, connection: connection, files: files,
                                logger: logger
                            ) { progress in jobs.progressed(runId, node: node, year: year, progress) }
                            logger.info(
                                "run finished",
                                metadata: ["run": "\(runId)", "outcome": "\(outcome.outcome.rawValue)"])
                        } catch {
                            logger.error("run failed", metadata: ["run": "\(runId)", "error": "\(error)"])
                        }
                    }
                } catch {
                    signal.resume(.failure(error))
                }
            }
        }
    }

    /// Run `id` as `POST /api/runs` answers it (for polling); 404 for another department's.
    func runAnswer(_ session: Session, id: Int64) async throws -> RunAnswer {
        RunAnswer(try await runDetail(session, id: id, findings: false))
    }

    /// One export of the node's newest finished run, rendered as the CLI writes it.
    func export(_ session: Session, _ request: ExportRequest) async throws -> [UInt8] {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(request.node, connection)
            return try request.render(connection)
        }
    }

    // MARK: Checks

    /// 403 unless the account has one of `roles`.
    func requireRole(_ session: Session, _ roles: [AccountStore.Role]) throws {
        guard roles.contains(session.account.role) else { throw PortalError.forbidden }
    }

    /// 404 unless the connection's account sees unit `code` (row-level security decides).
    static func requireVisible(_ code: String, _ connection: Connection) throws {
        guard try UnitRegistry(connection: connection).find(code) != nil else { throw PortalError.notFound }
    }
}

extension PortalService {
    /// Whether the database answers (`/healthz`).
    func ping() async throws {
        try await database.ping()
    }
}

extension PortalService {
    /// One run with its findings; 404 for another department's.
    func runDetail(_ session: Session, id: Int64, findings: Bool = true) async throws -> RunDetail {
        try await database.asAccount(session.account.name) { connection in
            guard let detail = try RunDetail.load(id: id, findings: findings, connection: connection) else {
                throw PortalError.notFound
            }
            return detail
        }
    }

    /// The stage run `id` is at, when this process is running it.
    func runProgress(_ id: Int64) -> PipelineRunner.Progress? {
        jobs.job(run: id)?.progress
    }

    /// The base-data table of the node's newest finished run, for the page.
    func baseData(_ session: Session, node: String, year: Int) async throws -> BaseDataTable {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try BaseDataTable.load(node: node, year: year, connection: connection)
        }
    }

    /// The base-data page: the table and, for the office and admins (who read the report), the
    /// report's charts drawn from the same run's `ReportFigures`, the table being the figures'
    /// own attachment 1. An accountant gets the table alone, as before: the charts are the
    /// department's report, which is never a unit's (`requireReportReader`).
    func baseDataPage(_ session: Session, node: String, year: Int) async throws -> BaseDataView {
        guard [.office, .admin].contains(session.account.role) else {
            return BaseDataView(table: try await baseData(session, node: node, year: year), charts: [])
        }
        let files = self.files
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            // A draft, as the page shows an incomplete run with its missing units.
            let figures = try ReportFigures.load(
                node: node, year: year, draft: true, files: files, connection: connection)
            // Each bar's value links to its lines, as the figures of the table do.
            return BaseDataView(table: figures.baseData, charts: figures.renderedCharts(links: FigureLinks(base: "/")))
        }
    }

    /// Totals rows of the node's newest finished run, for the page.
    func totals(_ session: Session, node: String, year: Int, by: TotalsTable.Dimension) async throws
        -> [TotalsTable.Row]
    {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try TotalsTable(node: node, year: year, dimension: by, connection: connection).rows(connection)
        }
    }

    /// The submission template for the accountant's unit and `year` (xlsx).
    func template(_ session: Session, unit: String, year: Int) async throws -> [UInt8] {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(unit, connection)
            return try SubmissionTemplate.load(unit: unit, year: year, connection: connection).bytes()
        }
    }
}

extension PortalService {
    /// Closes the pool's connections (after the server has stopped). A run still going is
    /// not waited for: when the process exits its database session ends, its transaction
    /// rolls back and the lock is released, and the next run of the node and year marks it
    /// abandoned, as after a killed `huizong run`.
    public func close() async {
        for job in jobs.all {
            logger.warning(
                "run left unfinished at shutdown; it will be marked abandoned", metadata: ["run": "\(job.runId)"])
        }
        await database.pool.close()
        try? await conversions.shutdownGracefully()
    }
}

/// The base-data page's content: the table, and the report's charts when the account may read them.
struct BaseDataView: Sendable {
    let table: BaseDataTable
    let charts: [RenderedChart]
}
