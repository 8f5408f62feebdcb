import Foundation
import Postgres

/// The tree of budget units: a root is a department, units hang below it at any depth.
public struct UnitRegistry {
    let connection: Connection

    /// A registry on an open connection.
    public init(connection: Connection) {
        self.connection = connection
    }

    /// One unit of the tree as listed.
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var name: String
        public var parentCode: String?
        public var depth: Int
    }

    /// Registers a unit; without a parent it is the root of a new tree.
    public func add(code: String, name: String, parent: String?) throws {
        if let parent, try find(parent) == nil {
            throw HuizongError.usage(.unknownParentUnit(code: parent))
        }
        if let existing = try find(code) {
            throw HuizongError.usage(.unitExists(code: code, name: existing.name))
        }
        guard code.wholeMatch(of: /[0-9A-Za-z_.-]{1,32}/) != nil else {
            throw HuizongError.usage(.unitCodeNotAllowed(code: code))
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HuizongError.usage(.unitNeedsName(code: code))
        }
        try connection.execute(
            "insert into registry.unit (code, name, parent_code) values (\(code), \(name), \(parent))")
    }

    /// The unit with this code, if registered.
    public func find(_ code: String) throws -> Entry? {
        let result = try connection.execute("select code, name, parent_code from registry.unit where code = \(code)")
        guard let row = result.first else { return nil }
        return Entry(
            code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name"),
            parentCode: try row.decode(String?.self, "parent_code"), depth: 0)
    }

    /// Every unit under `node` (all trees when nil), parents before children, siblings by code.
    public func list(under node: String?, _ body: (Entry) throws -> Void) throws {
        if let node, try find(node) == nil { throw HuizongError.usage(.unknownUnit(code: node)) }
        try connection.forEachRow(
            """
            with recursive tree as (
                select code, name, parent_code, 0 as depth, array[code] as path
                from registry.unit
                where (\(node)::text is null and parent_code is null) or code = \(node)
                union all
                select c.code, c.name, c.parent_code, t.depth + 1, t.path || c.code
                from registry.unit c join tree t on c.parent_code = t.code
            )
            select code, name, parent_code, depth from tree order by path
            """
        ) { row in
            try body(
                Entry(
                    code: try row.decode(String.self, "code"), name: try row.decode(String.self, "name"),
                    parentCode: try row.decode(String?.self, "parent_code"), depth: try row.decode(Int.self, "depth")))
        }
    }
}
