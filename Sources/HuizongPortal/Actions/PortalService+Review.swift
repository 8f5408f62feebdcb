import Foundation
import HuizongCore
import Postgres

extension PortalService {
    /// The submissions of `unit` and every unit under it that the account sees, newest first.
    func submissions(_ session: Session, unit: String, year: Int?) async throws -> [SubmissionRecord] {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(unit, connection)
            return try SubmissionHistory(connection: connection).list(node: unit, year: year)
        }
    }

    /// Approves (and so locks) or returns submission `id`. Office and admin only.
    func review(_ session: Session, id: Int64, action: ReviewAction, comment: String?) async throws
        -> SubmissionRecord
    {
        try requireRole(session, [.office, .admin])
        if action == .return, (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw PortalError.badRequest(.returnNeedsComment)
        }
        let actor = session.account.name
        return try await database.asAccount(actor) { connection in
            guard try SubmissionHistory(connection: connection).submission(id) != nil else {
                throw PortalError.notFound
            }
            let store = ReviewStore(connection: connection, policy: policy)
            return try Self.refusingAsConflict {
                switch action {
                case .approve: return try store.approve(submission: id, actor: actor, comment: comment)
                case .return: return try store.return(submission: id, actor: actor, comment: comment ?? "")
                case .unlock: throw PortalError.badRequest(.unlockIsPerUnit)
                }
            }
        }
    }

    /// Lifts the lock of `unit` and `year` so the unit may submit again. Office and admin only.
    func unlock(_ session: Session, unit: String, year: Int, comment: String) async throws -> SubmissionRecord {
        try requireRole(session, [.office, .admin])
        if comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw PortalError.badRequest(.unlockNeedsComment)
        }
        let actor = session.account.name
        return try await database.asAccount(actor) { connection in
            try Self.requireVisible(unit, connection)
            return try Self.refusingAsConflict {
                try ReviewStore(connection: connection).unlock(unit: unit, year: year, actor: actor, comment: comment)
            }
        }
    }

    /// The audit log of the units under `node`, newest first (office and admin).
    func audit(_ session: Session, node: String, limit: Int = 500) async throws -> [AuditEntry] {
        try requireRole(session, [.office, .admin])
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try AuditEntry.load(node: node, limit: limit, connection: connection)
        }
    }

    /// A review the data's state does not allow (approving twice, a rejected file …) is 409.
    private static func refusingAsConflict<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch HuizongError.usage(let refusal) {
            throw PortalError.conflict(refusal)
        }
    }
}

extension PortalService {
    /// The newest year with a submission under `node`, else last year: where the office's
    /// status page opens.
    func newestYear(_ session: Session, node: String) async throws -> Int {
        try await database.asAccount(session.account.name) { try Self.newestYear(node: node, $0) }
    }

    /// The office's status page for `node` and `year` (default: the newest year), read on
    /// one connection.
    func statusView(_ session: Session, node: String, year: Int?) async throws -> StatusView {
        try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            let year = try year ?? Self.newestYear(node: node, connection)
            return try NodeStatus.load(node: node, year: year, connection: connection)
        }
    }

    private static func newestYear(node: String, _ connection: Connection) throws -> Int {
        try NodeStatus.newestYear(node: node, connection: connection) ?? PageRoutes.defaultYear()
    }
}
