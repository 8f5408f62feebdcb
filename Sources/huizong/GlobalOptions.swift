import ArgumentParser

/// Options every database command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "libpq URL of the database (else DATABASE_URL, PG* variables, or the embedded cluster).")
    var database: String?
}
