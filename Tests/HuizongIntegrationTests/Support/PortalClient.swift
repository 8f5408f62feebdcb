import Foundation
import Testing

/// A user agent for the portal over real HTTP: `curl`, with its own cookie jar, as a script
/// would use the API. Redirects are not followed, so tests see them. The end-to-end tests
/// use it; the rest go through the router in-process (`PortalTestClient`).
/// Unchecked: a test uses each client from one task at a time.
final class PortalClient: @unchecked Sendable {
    typealias Answer = PortalAnswer

    /// The server it talks to: a test may point it at another server on the same database.
    var base: String
    private let directory: URL
    private var jar: URL { directory.appendingPathComponent("cookies") }
    /// curl's cookie jar (Netscape format).
    var jarFile: URL { jar }
    /// The CSRF token of the last API login.
    var csrf: String?

    init(_ server: PortalServer) throws {
        base = server.base
        directory = try HuizongBinary.temporaryDirectory()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// `POST /api/login`; keeps the token.
    @discardableResult
    func login(_ user: String, _ password: String) throws -> Answer {
        let answer = try request("POST", "/api/login", json: ["user": user, "password": password])
        if answer.status == 200 { csrf = try answer.json()["csrf"] as? String }
        return answer
    }

    /// `POST /api/submissions` with a file (as multipart), sending the token unless `csrf` is false.
    func upload(_ data: Data, name: String, unit: String, year: Int, csrf sendToken: Bool = true) throws -> Answer {
        try startUpload(data, name: name, unit: unit, year: year, csrf: sendToken).answer()
    }

    /// Starts an upload in a curl process of its own and returns at once: many started
    /// before any is waited for reach the server at the same time.
    func startUpload(_ data: Data, name: String, unit: String, year: Int, csrf sendToken: Bool = true) throws
        -> Pending
    {
        let file = directory.appendingPathComponent(UUID().uuidString)
        try data.write(to: file)
        return try start(
            "POST", "/api/submissions", token: sendToken,
            arguments: ["-F", "file=@\(file.path);filename=\(name)", "-F", "unit=\(unit)", "-F", "year=\(year)"],
            removing: [file])
    }

    /// One request: a JSON body, a form, or raw curl arguments; the token as `X-CSRF-Token` when `token`.
    func request(
        _ method: String, _ path: String, json: [String: Any]? = nil, form: [String: String]? = nil,
        token: Bool = false, arguments extra: [String] = []
    ) throws -> Answer {
        try start(method, path, json: json, form: form, token: token, arguments: extra).answer()
    }

    /// A request whose curl process runs; `answer()` waits for it.
    struct Pending {
        let process: Process
        let head: URL
        let body: URL
        let removing: [URL]

        func answer() throws -> Answer {
            process.waitUntilExit()
            defer { for file in [head, body] + removing { try? FileManager.default.removeItem(at: file) } }
            try #require(process.terminationStatus == 0, "curl failed with \(process.terminationStatus)")
            return try PortalClient.parse(head: String(contentsOf: head, encoding: .utf8), body: Data(contentsOf: body))
        }
    }

    private func start(
        _ method: String, _ path: String, json: [String: Any]? = nil, form: [String: String]? = nil,
        token: Bool = false, arguments extra: [String] = [], removing: [URL] = []
    ) throws -> Pending {
        var arguments = ["-s", "-S", "-X", method, "-b", jar.path, "-c", jar.path]
        if token, let csrf { arguments += ["-H", "X-CSRF-Token: \(csrf)"] }
        if let json {
            arguments += [
                "-H", "Content-Type: application/json", "--data-binary",
                String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self),
            ]
        }
        for (key, value) in (form ?? [:]).sorted(by: { $0.key < $1.key }) {
            arguments += ["--data-urlencode", "\(key)=\(value)"]
        }
        let body = directory.appendingPathComponent(UUID().uuidString)
        let head = directory.appendingPathComponent(UUID().uuidString)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments + extra + [base + path, "-o", body.path, "-D", head.path]
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Pending(process: process, head: head, body: body, removing: removing)
    }

    private static func parse(head: String, body: Data) throws -> Answer {
        let lines = head.components(separatedBy: "\r\n")
        let status = try #require(
            Int(lines.first?.split(separator: " ").dropFirst().first ?? ""), "no status in \(head)")
        var headers: [String: String] = [:]
        var cookies: [String] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = value
            if name == "set-cookie" { cookies.append(value) }
        }
        return Answer(status: status, headers: headers, cookies: cookies, body: body)
    }
}
