import Postgres

/// What each review checks before it writes: who acts, on which submission, in whose units.
extension ReviewStore {
    /// On the owner's connection, signs `actor` in for the transaction; on the portal's,
    /// `actor` must be the account signed in. Only the finance office and admins review.
    func signIn(_ actor: String, toDo action: ReviewAction) throws {
        try ActingAccount(connection: connection).signIn(actor, roles: [.office, .admin]) { role in
            .roleMayNotReview(account: actor, role: role, action: action)
        }
    }

    /// The unit and year of a submission that is their submission in force, in the
    /// actor's units; holds the unit and year's lock against concurrent intake.
    func submissionInForce(_ id: Int64, actor: String, action: ReviewAction) throws -> (unit: String, year: Int) {
        let row = try connection.execute(
            "select unit_code, fiscal_year, status from intake.submission where id = \(id)"
        ).first
        guard let row else { throw HuizongError.usage(.unknownSubmission(id: id)) }
        guard try row.decode(String?.self, "status") != "rejected",
            let unit = try row.decode(String?.self, "unit_code"),
            let year = try row.decode(Int?.self, "fiscal_year")
        else {
            throw HuizongError.usage(.submissionRejected(id: id, action: action))
        }
        try checkScope(unit, actor: actor)
        try UnitLock.serialize(unit: unit, year: year, connection: connection)
        let current = try connection.execute(
            "select id from intake.current_submission where unit_code = \(unit) and fiscal_year = \(year)"
        ).first?.decode(Int64.self, "id")
        guard current == id else {
            throw HuizongError.usage(.notInForce(id: id, action: action, unit: unit, year: year, current: current))
        }
        return (unit, year)
    }

    /// The command line may name any account: refuse a unit outside the actor's.
    func checkScope(_ unit: String, actor: String) throws {
        try ActingAccount(connection: connection).checkScope(unit, actor: actor)
    }
}
