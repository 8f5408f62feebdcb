import Postgres

/// What a backup's manifest records of the database, read in one snapshot: row counts of
/// every table, the raw uploads' digest, the migrations applied. The same queries check a
/// restored database.
enum DatabaseSnapshot {
    /// Rows of every table outside PostgreSQL's own schemas, by `schema.table`.
    static func tableRows(_ connection: Connection) throws -> [String: Int64] {
        var rows: [String: Int64] = [:]
        try connection.forEachRow(
            """
            select n.nspname || '.' || c.relname as name,
                   (xpath('/row/c/text()', query_to_xml(
                       format('select count(*) as c from %I.%I', n.nspname, c.relname), false, true, ''
                   )))[1]::text::bigint as rows
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg\\_%'
            """
        ) { row in
            rows[try row.decode(String.self, "name")] = try row.decode(Int64.self, "rows")
        }
        return rows
    }

    /// How many tables the database holds outside PostgreSQL's own schemas.
    static func tableCount(_ connection: Connection) throws -> Int {
        try connection.execute(
            """
            select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
              and n.nspname not like 'pg\\_%'
            """
        ).first!.decode(Int.self, "n")
    }

    /// The raw uploads: their number and a SHA-256 over each id and recorded SHA-256.
    static func uploads(_ connection: Connection) throws -> BackupManifest.Uploads {
        let row = try connection.execute(
            """
            select count(*) as n,
                   encode(sha256(convert_to(coalesce(string_agg(id || ':' || sha256, ',' order by id), ''), 'UTF8')),
                          'hex') as digest
            from intake.upload
            """
        ).first!
        return BackupManifest.Uploads(
            count: try row.decode(Int64.self, "n"), digest: try row.decode(String.self, "digest"))
    }

    /// Uploads whose raw bytes no longer hash to the SHA-256 recorded when they arrived.
    static func damagedUploads(_ connection: Connection) throws -> Int64 {
        try connection.execute(
            "select count(*) as n from intake.upload where encode(sha256(raw), 'hex') <> sha256"
        ).first!.decode(Int64.self, "n")
    }

    /// The migrations applied, in order.
    static func migrations(_ connection: Connection) throws -> [String] {
        try connection.execute("select name from public.huizong_migration order by name").map {
            try $0.decode(String.self, "name")
        }
    }
}
