import Foundation
import Hummingbird
import Testing

/// A user agent for the portal in-process: each request goes straight to the portal's
/// router (`PortalRouter`), through its middleware, without a socket. It keeps its
/// own cookies and the CSRF token of its last API login, sends forms and JSON the way
/// `curl --data-urlencode` and `curl -F` do, and does not follow redirects.
/// Unchecked: a test uses each client from one task at a time.
final class PortalTestClient: @unchecked Sendable {
    private let router: PortalRouter
    /// The cookies the portal has set and not yet cleared, by name.
    private var jar: [(name: String, value: String)] = []
    /// The CSRF token of the last API login.
    var csrf: String?

    init(_ router: PortalRouter) {
        self.router = router
    }

    /// `POST /api/login`; keeps the token.
    @discardableResult
    func login(_ user: String, _ password: String) async throws -> PortalAnswer {
        let answer = try await request("POST", "/api/login", json: ["user": user, "password": password])
        if answer.status == 200 { csrf = try answer.json()["csrf"] as? String }
        return answer
    }

    /// `POST /api/submissions` with a file (as multipart), sending the token unless `csrf` is false.
    func upload(_ data: Data, name: String, unit: String, year: Int, csrf sendToken: Bool = true) async throws
        -> PortalAnswer
    {
        let boundary = "------------------------" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var body = Data()
        func part(_ name: String, filename: String? = nil, _ content: Data) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"".utf8))
            if let filename {
                body.append(Data("; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream".utf8))
            }
            body.append(Data("\r\n\r\n".utf8))
            body.append(content)
            body.append(Data("\r\n".utf8))
        }
        part("file", filename: name, data)
        part("unit", Data(unit.utf8))
        part("year", Data(String(year).utf8))
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(
            "POST", "/api/submissions", contentType: "multipart/form-data; boundary=\(boundary)", body: body,
            token: sendToken)
    }

    /// `POST path` with a multipart form of `fields` and `file` (its name and bytes), as a
    /// browser sends a page's upload form (the CSRF token, if any, is one of `fields`).
    func multipart(_ path: String, fields: [String: String], file: (name: String, data: Data)) async throws
        -> PortalAnswer
    {
        let boundary = "------------------------" + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"".utf8))
        body.append(Data("; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file.data)
        body.append(Data("\r\n".utf8))
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8))
            body.append(Data("\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(
            "POST", path, contentType: "multipart/form-data; boundary=\(boundary)", body: body, token: false)
    }

    /// One request: a JSON body or a form; the token as `X-CSRF-Token` when `token`.
    func request(
        _ method: String, _ path: String, json: [String: Any]? = nil, form: [String: String]? = nil,
        token: Bool = false
    ) async throws -> PortalAnswer {
        if let json {
            return try await send(
                method, path, contentType: "application/json",
                body: try JSONSerialization.data(withJSONObject: json), token: token)
        }
        if let form {
            let encoded = form.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.formEncoded($0.value))" }
            return try await send(
                method, path, contentType: "application/x-www-form-urlencoded",
                body: Data(encoded.joined(separator: "&").utf8), token: token)
        }
        return try await send(method, path, contentType: nil, body: nil, token: token)
    }

    /// One request with a body of its own (bytes as they are, any content type).
    func raw(
        _ method: String, _ path: String, contentType: String?, body: Data?, token: Bool = false,
        headers extra: [String: String] = [:]
    ) async throws -> PortalAnswer {
        try await send(method, path, contentType: contentType, body: body, token: token, extra: extra)
    }

    /// A POST announcing `length` bytes of `contentType` whose body is a stream that counts
    /// what the server reads of it; the answer and the bytes read.
    func postUnread(_ path: String, contentType: String, length: Int) async throws -> (PortalAnswer, read: Int) {
        let body = CountingBody(length: length)
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(length)
        let response = try await router.execute(.post, path, headers: headers, body: RequestBody(asyncSequence: body))
        return (
            PortalAnswer(
                status: response.head.status.code, headers: [:], cookies: [],
                body: Data(response.body.readableBytesView)), body.counter.value
        )
    }

    /// `GET /api/runs/N` until the run has ended (at most a minute); its last answer.
    func finishedRun(_ id: Int) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(60)
        while true {
            let answer = try await request("GET", "/api/runs/\(id)")
            try #require(answer.status == 200, "GET /api/runs/\(id): \(answer.status) \(answer.text)")
            let json = try answer.json()
            if json["outcome"] as? String != "running" || Date() > deadline { return json }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    private func send(
        _ method: String, _ path: String, contentType: String?, body: Data?, token: Bool,
        extra: [String: String] = [:]
    ) async throws -> PortalAnswer {
        var headers = HTTPFields()
        for (name, value) in extra { headers[.init(name)!] = value }
        if let contentType { headers[.contentType] = contentType }
        // `.init`: the field name's type is HTTPTypes', which Hummingbird does not re-export.
        if token, let csrf { headers[.init("X-CSRF-Token")!] = csrf }
        if !jar.isEmpty { headers[.cookie] = jar.map { "\($0.name)=\($0.value)" }.joined(separator: "; ") }
        let response = try await router.execute(
            try #require(HTTPRequest.Method(method)), path, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
        var names: [String: String] = [:]
        var cookies: [String] = []
        for field in response.head.headerFields {
            let name = field.name.canonicalName.lowercased()
            names[name] = field.value
            if name == "set-cookie" {
                cookies.append(field.value)
                keep(field.value)
            }
        }
        return PortalAnswer(
            status: response.head.status.code, headers: names, cookies: cookies,
            body: Data(response.body.readableBytesView))
    }

    /// Stores a `Set-Cookie` line, or forgets the cookie when it is cleared (`Max-Age=0`).
    private func keep(_ line: String) {
        let attributes = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let pair = attributes.first, let equals = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<equals])
        let value = String(pair[pair.index(after: equals)...])
        jar.removeAll { $0.name == name }
        let cleared = attributes.dropFirst().contains { $0.lowercased() == "max-age=0" }
        if !cleared { jar.append((name, value)) }
    }

    /// As `curl --data-urlencode` sends a value: all but letters, digits and `-._~` as %XX.
    private static func formEncoded(_ value: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// A request body of `length` bytes of `x`, made as it is read, in 64 KiB chunks.
struct CountingBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let length: Int
    let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var read = 0
        var value: Int { lock.withLock { read } }
        func add(_ count: Int) { lock.withLock { read += count } }
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        let length: Int
        let counter: Counter
        var sent = 0

        mutating func next() async -> ByteBuffer? {
            guard sent < length else { return nil }
            let count = Swift.min(64 * 1024, length - sent)
            sent += count
            counter.add(count)
            return ByteBuffer(repeating: UInt8(ascii: "x"), count: count)
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(length: length, counter: counter) }
}
