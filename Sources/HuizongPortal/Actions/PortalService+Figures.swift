import HuizongCore

extension PortalService {
    /// Where a figure of the node's current run comes from: the units' shares and, when
    /// `unit` is given, that unit's lines (the first `limit`). Read as the account under
    /// row-level security: a node the account does not see is 404, so an accountant asking
    /// for the department's figure gets 404, as for the base-data page, and sees lines only
    /// of runs of its own unit.
    func figure(
        _ session: Session, node: String, year: Int, run: Int64? = nil, key: FigureKey, unit: String?, limit: Int
    ) async throws -> FigureView {
        let files = self.files
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            let provenance = try FigureProvenance.load(
                node: node, year: year, run: run, key: key, files: files, connection: connection)
            guard let unit else { return FigureView(provenance: provenance, unit: nil) }
            guard let share = provenance.units.first(where: { $0.code == unit }) else { throw PortalError.notFound }
            var lines: [FigureProvenance.Line] = []
            // Streamed; the page keeps the first `limit`, the command line gives them all.
            try provenance.forEachLine(unit: unit, connection: connection) { line in
                if lines.count < limit { lines.append(line) }
            }
            return FigureView(provenance: provenance, unit: FigureView.UnitLines(share: share, lines: lines))
        }
    }
}

extension PortalService {
    /// A rate of the node's run (current, or `run`): its formula and terms as published, read
    /// as the account under row-level security like `figure`.
    func rate(_ session: Session, node: String, year: Int, run: Int64? = nil, key: String) async throws -> FigureRate {
        let files = self.files
        return try await database.asAccount(session.account.name) { connection in
            try Self.requireVisible(node, connection)
            return try FigureRate.load(node: node, year: year, run: run, key: key, files: files, connection: connection)
        }
    }
}

/// What the figure page shows: the provenance, and one unit's lines when asked for.
struct FigureView: Sendable {
    let provenance: FigureProvenance
    let unit: UnitLines?

    struct UnitLines: Sendable {
        let share: FigureProvenance.UnitShare
        let lines: [FigureProvenance.Line]
    }
}
