import Foundation
import HuizongCore
import Logging
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

    /// A service over `database`, checking uploads with the rules shipped in `files`.
    public init(database: PortalDatabase, sessions: SessionStore, files: ProjectFiles, logger: Logger) throws {
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

    /// Checks the password (as the owner: accounts are not readable by the portal's role)
    /// and starts a session.
    func signIn(name: String, password: String) async throws -> Session {
        let result = try await database.asOwner { connection in
            try AccountStore(connection: connection).signIn(name: name, password: password)
        }
        switch result {
        case .signedIn(let account):
            return await sessions.start(account)
        case .locked:
            throw PortalError(status: .unauthorized, refusal: .accountLockedOut(minutes: AccountStore.lockMinutes))
        case .refused:
            throw PortalError.badCredentials
        }
    }

    /// Ends the session.
    func signOut(_ session: Session) async {
        await sessions.end(session.id)
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

    /// Runs the consolidation for `node` and `year` now. Office and admin only; the run
    /// itself writes the department's results and so runs as the owner, after the check.
    func run(_ session: Session, node: String, year: Int) async throws -> RunAnswer {
        try requireRole(session, [.office, .admin])
        try await database.asAccount(session.account.name) { try Self.requireVisible(node, $0) }
        let files = self.files
        let logger = self.logger
        return try await database.asOwner { connection in
            do {
                let outcome = try ConsolidationRun.run(
                    node: node, year: year, pipelineFile: files.url("pipelines/nightly.yaml"),
                    connection: connection, files: files, logger: logger)
                return RunAnswer(outcome)
            } catch HuizongError.locked(let refusal) {
                return RunAnswer(locked: refusal)
            }
        }
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
    func runDetail(_ session: Session, id: Int64) async throws -> RunDetail {
        try await database.asAccount(session.account.name) { connection in
            guard let detail = try RunDetail.load(id: id, connection: connection) else { throw PortalError.notFound }
            return detail
        }
    }

    /// The base-data table of the node's newest finished run, for the page.
    func baseData(_ session: Session, node: String, year: Int) async throws -> BaseDataTable {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try BaseDataTable.load(node: node, year: year, connection: connection)
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
    /// Closes the pool's connections (after the server has stopped).
    public func close() async {
        await database.pool.close()
    }
}
