import Hummingbird
import HuizongCore

extension Pages {
    /// A node's units for a year: state, newest submission, and the run button.
    static func status(_ view: StatusView, node: String, session: Session) -> Response {
        let year = view.year
        let units = view.entries.map { entry in
            let record = view.newest[entry.code]
            return StatusPage.Unit(
                code: entry.code, name: String(repeating: "　", count: max(0, entry.depth - 1)) + entry.name,
                state: entry.state, stateLabel: Labels.status(entry.state),
                acceptedVersion: entry.acceptedVersion.map(String.init) ?? "—", review: reviewText(record?.review),
                newest: record.map { PageLink(PageURL.path("submissions", String($0.id)), "#\($0.id) 查看") },
                unlockable: entry.state == "approved")
        }
        let query: KeyValuePairs = ["unit": node, "year": String(year)]
        let content = StatusPage(
            node: node, year: year, inForce: view.entries.filter { $0.acceptedVersion != nil }.count,
            unitCount: view.entries.count, units: units, latestRun: view.run.map(StatusPage.LatestRun.init),
            baseDataHref: PageURL.path("base-data", query: query), totalsHref: PageURL.path("totals", query: query),
            historyHref: PageURL.path("history", query: query))
        return page("status", title: "报送情况", session: session, content)
    }

    /// The audit log, newest first.
    static func audit(_ entries: [AuditEntry], node: String, session: Session) -> Response {
        let rows = entries.map { entry in
            AuditPage.Entry(
                at: OfficeTime.office.page(utc: entry.at), actor: entry.actor, action: entry.action,
                actionLabel: Labels.auditAction(entry.action),
                unit: entry.unitCode ?? "",
                submission: entry.submissionId.map { PageLink(PageURL.path("submissions", String($0)), "#\($0)") },
                detail: entry.detail ?? "")
        }
        return page("audit", title: "审计日志 · \(node)", session: session, AuditPage(entries: rows))
    }
}

/// `status.mustache`.
struct StatusPage {
    let node: String
    let year: Int
    let inForce: Int
    let unitCount: Int
    let units: [Unit]
    let latestRun: LatestRun?
    let baseDataHref: String
    let totalsHref: String
    let historyHref: String

    /// A row of `table#units`, with the unlock form when the unit-year is approved.
    struct Unit {
        let code: String
        /// Indented by depth.
        let name: String
        let state: String
        let stateLabel: String
        let acceptedVersion: String
        let review: String
        /// The unit's newest submission (`a.review`).
        let newest: PageLink?
        let unlockable: Bool
    }

    /// `p#latest-run`: the newest run in one line, with a link to its page.
    struct LatestRun {
        let id: Int64
        let href: String
        let startedAt: String
        let outcome: String
        let errors: Int
        let warnings: Int

        init(_ run: RunDetail) {
            id = run.id
            href = PageURL.path("runs", String(run.id))
            startedAt = OfficeTime.office.page(run.startedAt)
            outcome = run.outcome.chinese
            errors = run.errors
            warnings = run.warnings
        }
    }
}

/// `audit.mustache`.
struct AuditPage {
    let entries: [Entry]

    struct Entry {
        let at: String
        let actor: String
        let action: String
        let actionLabel: String
        let unit: String
        let submission: PageLink?
        let detail: String
    }
}
