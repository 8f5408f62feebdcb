import Postgres

/// What each review checks before it writes: who acts, on which submission, in whose units.
extension ReviewStore {
    /// On the owner's connection, signs `actor` in for the transaction; on the portal's,
    /// `actor` must be the account signed in. Only the finance office and admins review.
    func signIn(_ actor: String, toDo action: String) throws {
        let account =
            try connection.execute("select current_setting('huizong.account', true) as account")
            .first?["account"] ?? ""
        if account.isEmpty {
            try connection.execute("select set_config('huizong.account', $1, true)", [.text(actor)])
        } else if account != actor {
            throw HuizongError.usage("\(actor) is not the signed-in account (\(account))")
        }
        guard let role = try connection.execute("select portal.my_role() as role").first?["role"] else {
            throw HuizongError.usage("unknown account \(actor)")
        }
        guard role == "office" || role == "admin" else {
            throw HuizongError.usage(
                "account \(actor) is \(role == "accountant" ? "an" : "a") \(role): "
                    + "only the finance office or an admin may \(action)")
        }
    }

    /// The unit and year of a submission that is their submission in force, in the
    /// actor's units; holds the unit and year's lock against concurrent intake.
    func submissionInForce(_ id: Int64, actor: String, verb: String) throws -> (unit: String, year: Int) {
        let row = try connection.execute(
            "select unit_code, fiscal_year, status from intake.submission where id = $1::bigint", [.text(String(id))]
        ).first
        guard let row else { throw HuizongError.usage("unknown submission \(id)") }
        guard row["status"] != "rejected", let unit = row["unit_code"], let year = row["fiscal_year"].flatMap(Int.init)
        else {
            throw HuizongError.usage("cannot \(verb) submission \(id): it was rejected")
        }
        try checkScope(unit, actor: actor)
        try UnitLock.serialize(unit: unit, year: year, connection: connection)
        let current = try connection.execute(
            "select id from intake.current_submission where unit_code = $1 and fiscal_year = $2::int",
            [.text(unit), .text(String(year))]
        ).first?["id"]
        guard current == String(id) else {
            throw HuizongError.usage(
                "cannot \(verb) submission \(id): it is not the submission in force for \(unit) \(year) "
                    + "(\(current.map { "submission \($0) is" } ?? "none is"))")
        }
        return (unit, year)
    }

    /// The command line may name any account: refuse a unit outside the actor's (the
    /// portal's row-level security hides such a unit before this is reached).
    func checkScope(_ unit: String, actor: String) throws {
        let visible = try connection.execute(
            "select exists (select 1 from portal.visible_units() v where v = $1) as visible", [.text(unit)]
        ).first?.bool("visible")
        guard visible == true else {
            throw HuizongError.usage("unit \(unit) is outside the units of account \(actor)")
        }
    }
}
