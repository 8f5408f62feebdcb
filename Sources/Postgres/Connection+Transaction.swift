extension Connection {
    /// Runs `body` between BEGIN and COMMIT; on a throw, rolls back and rethrows.
    ///
    /// Throws SQLSTATE 25P02 if COMMIT found the transaction already failed (the body caught a
    /// server error), because the server then rolls back instead of committing. Not nestable.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        let value: T
        do {
            value = try body()
        } catch {
            rollBack()
            throw error
        }
        try commit()
        return value
    }

    private func rollBack() {
        do {
            try execute("ROLLBACK")
        } catch {
            logger.warning("ROLLBACK failed", metadata: ["error": "\(error)"])
        }
    }

    private func commit() throws(PostgresError) {
        let result = try execute("COMMIT")
        // The server answers COMMIT of a failed transaction with a ROLLBACK tag, not an error.
        guard result.commandTag == "COMMIT" else {
            throw PostgresError(
                kind: .server,
                message: "COMMIT rolled back the transaction because a statement in it had failed",
                sqlState: "25P02"
            )
        }
    }
}
