import Foundation
import Testing

/// The real `huizong serve` over real HTTP with curl, for what the in-process tests cannot
/// see: the process starting and saying where it listens, an upload and a page through its
/// sockets, the session cookie as sent on the wire (and `--secure-cookies`), the 413 told
/// by Content-Length, and SIGTERM with the access log it leaves. The rest of the portal's
/// tests drive its router in-process; `PortalConcurrencyTests` and `PortalBrowserTests`
/// also use the real server.
@Suite("portal end to end") struct PortalEndToEndTests {
    @Test("serve says where it listens; sign-in, an upload and a page over real HTTP; the cookie on the wire")
    func realHTTP() throws {
        let fixture = try PortalServerFixture()
        #expect(fixture.server.base.hasPrefix("http://127.0.0.1:"))
        #expect(Int(fixture.server.base.split(separator: ":").last ?? "") ?? 0 > 0, "a real port for --port 0")
        let client = try PortalClient(fixture.server)
        let refused = try client.login("a401001", "wrong-password")
        #expect(refused.status == 401)
        #expect(refused.text == #"{"code":"bad_credentials","error":"用户名或密码错误（连续输错 5 次，账号将锁定 15 分钟）。"}"#)
        #expect(refused.cookies.isEmpty)
        let login = try client.login("a401001", PortalServerFixture.password)
        #expect(login.status == 200)
        let cookie = try #require(login.cookies.first)
        #expect(cookie.hasPrefix("huizong_session="))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(cookie.contains("Path=/"))
        #expect(!cookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back")
        #expect(login.headers["server"] == "huizong")

        let good = PortalFixture.file("401001")
        let uploaded = try client.upload(good, name: "401001-2022.csv", unit: "401001", year: 2022)
        #expect(uploaded.status == 200)
        let json = try uploaded.json()
        #expect(json["status"] as? String == "accepted")
        #expect(json["uploaded_by"] as? String == "a401001")
        let id = try #require(json["id"] as? Int)
        #expect(try client.request("GET", "/api/submissions/\(id)/raw").body == good)
        let page = try client.request("GET", "/submissions/\(id)")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(page.text.contains(#"data-status="accepted">已接受</span>"#))
        #expect(page.text.contains(#"<span id="whoami">a401001</span>"#))
    }

    @Test("behind TLS (--secure-cookies) the session cookie is Secure")
    func secureCookie() throws {
        let fixture = try PortalServerFixture(serverArguments: ["--secure-cookies"])
        let answer = try PortalClient(fixture.server).login("office401", PortalServerFixture.password)
        #expect(answer.cookies.first?.contains("; Secure") == true)
    }

    @Test("a body over the upload limit is 413 with a JSON error, told before it is read")
    func uploadLimit() throws {
        let fixture = try PortalServerFixture(serverArguments: ["--upload-limit-mb", "1"])
        let client = try fixture.client("a401001")
        let big = Data(repeating: 0x41, count: 2 * 1024 * 1024)
        let answer = try client.upload(big, name: "big.csv", unit: "401001", year: 2022)
        #expect(answer.status == 413)
        #expect(answer.text == #"{"code":"upload_too_large","error":"上传内容超过大小限制（1 MB）。"}"#)
        #expect(try fixture.db.scalar("select count(*) from intake.upload") == "0")
    }

    @Test("SIGTERM stops the server cleanly; its access log has no password, token or cookie")
    func shutdownAndLog() throws {
        let fixture = try PortalServerFixture()
        let client = try fixture.client("a401001")
        _ = try client.upload(PortalFixture.file("401001"), name: "401001.csv", unit: "401001", year: 2022)
        let stopped = fixture.server.stop()
        #expect(stopped.status == 0)
        #expect(stopped.seconds < 10)
        let log = try fixture.server.log()
        #expect(log.contains("POST /api/login 200"))
        #expect(log.contains("account=a401001"))
        #expect(log.contains("POST /api/submissions 200"))
        #expect(!log.contains(PortalServerFixture.password))
        #expect(!log.contains(client.csrf ?? "?"))
        #expect(!log.contains("huizong_session"))
    }

    @Test("20 strangers' 32 MiB forms leave the server's memory flat: the session is checked first")
    func unauthenticatedBodies() throws {
        let fixture = try PortalServerFixture()
        let directory = try HuizongBinary.temporaryDirectory()
        let file = directory.appendingPathComponent("big.form")
        try Data(repeating: 0x78, count: 32 * 1024 * 1024).write(to: file)
        let pid = fixture.server.process.processIdentifier
        let before = try Self.residentKiB(pid)
        for path in ["/runs", "/unlock", "/admin/accounts", "/submissions/1/approve"] {
            for _ in 0..<5 {
                let code = try Self.curlStatus([
                    "-H", "Expect:", "-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary",
                    "@\(file.path)", fixture.server.base + path,
                ])
                #expect(code == "401", "\(path)")
            }
        }
        let after = try Self.residentKiB(pid)
        print("server RSS before \(before / 1024) MiB, after 20 unauthenticated 32 MiB posts \(after / 1024) MiB")
        #expect(after - before < 64 * 1024, "RSS grew from \(before) KiB to \(after) KiB")
        #expect(try PortalClient(fixture.server).request("GET", "/healthz").status == 200)
    }

    /// VmRSS of process `pid`, in KiB.
    static func residentKiB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
    }

    /// The HTTP status curl saw (`000` when none); curl's own failures (the server closing
    /// while the body is still being sent) are not the test's concern.
    static func curlStatus(_ arguments: [String]) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("32 wrong passwords at once leave /healthz fast: bcrypt holds no pooled connection")
    func bcryptOffThePool() throws {
        let fixture = try PortalServerFixture(serverArguments: ["--connections", "4"])
        let body = #"{"user":"nobody","password":"wrong-password"}"#
        let logins = try (0..<32).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = [
                "-s", "-o", "/dev/null", "-H", "Content-Type: application/json", "--data-binary", body,
                fixture.server.base + "/api/login",
            ]
            try process.run()
            return process
        }
        Thread.sleep(forTimeInterval: 0.5)
        var latencies: [Double] = []
        for _ in 0..<3 {
            let started = Date()
            #expect(try Self.curlStatus([fixture.server.base + "/healthz"]) == "200")
            latencies.append(Date().timeIntervalSince(started))
        }
        for login in logins { login.waitUntilExit() }
        print("/healthz during 32 parallel bad logins: \(latencies.map { Int($0 * 1000) }) ms")
        #expect(latencies.max() ?? 99 < 1.0, "\(latencies)")
    }
}

/// Connections that stop talking are closed (issue 16: a half-sent header stayed open for
/// minutes): raw sockets from python3 against the real server with `--idle-timeout 1`.
@Suite("portal timeouts") struct PortalTimeoutTests {
    /// Opens a socket, sends `first`, and reports how many seconds until the server closed it
    /// (at most 10) and what it answered.
    static let probe = """
        import socket, sys, time
        host, port, first = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode().decode('unicode_escape').encode()
        s = socket.create_connection((host, port))
        s.settimeout(10)
        started = time.monotonic()
        s.sendall(first)
        answer = b''
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except socket.timeout:
            print('open'); sys.exit(0)
        print('%.2f %s' % (time.monotonic() - started, answer.split(b'\\r\\n')[0].decode()))
        """

    static func probe(_ server: PortalServer, sending first: String) throws -> String {
        let address = server.base.dropFirst("http://".count).split(separator: ":")
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", probe, String(address[0]), String(address[1]), first]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func seconds(_ line: String) -> Double {
        Double(line.split(separator: " ").first ?? "") ?? 99
    }

    @Test("a half-sent request head and an idle keep-alive connection are closed after --idle-timeout")
    func idleTimeout() throws {
        let fixture = try PortalServerFixture(serverArguments: ["--idle-timeout", "1"])
        let half = try Self.probe(fixture.server, sending: "GET /healthz HTTP/1.1\\r\\nHost: x\\r\\nX-Slow: ")
        print("half-sent head: \(half)")
        #expect(Self.seconds(half) >= 0.9 && Self.seconds(half) < 3, "\(half)")
        let idle = try Self.probe(fixture.server, sending: "GET /healthz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n")
        print("idle keep-alive after an answer: \(idle)")
        #expect(idle.hasSuffix("HTTP/1.1 200 OK"), "\(idle)")
        #expect(Self.seconds(idle) >= 0.9 && Self.seconds(idle) < 3, "\(idle)")
    }

    @Test("--idle-timeout outside 1…3600 is refused")
    func idleTimeoutRange() throws {
        let result = try HuizongBinary.run(["serve", "--idle-timeout", "0"], database: nil)
        #expect(result.status == 64, "as for --port: argument-parser's usage status")
        #expect(result.stderr.contains("--idle-timeout must be 1…3600"), "\(result.stderr)")
    }
}
