import Hummingbird
import HuizongCore
import Logging
import NIOCore

/// How the portal is served.
public struct PortalConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The largest upload accepted, in bytes (a form's overhead included).
    public var uploadLimit: Int
    /// Mark the session cookie Secure: set when the portal is reached over TLS (behind a proxy).
    public var secureCookies: Bool
    /// A connection that sends nothing this long is closed, whether it is an idle
    /// keep-alive one or one stopped halfway through its request's head.
    public var idleTimeout: Duration

    public init(
        host: String, port: Int, uploadLimit: Int, secureCookies: Bool, idleTimeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.uploadLimit = uploadLimit
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
    }
}

/// Builds the portal: one router with the pages and the API over one `PortalService`,
/// used alike by `huizong serve` and the tests.
public enum PortalApplication {
    public static func build(
        _ configuration: PortalConfiguration, service: PortalService, logger: Logger,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router(context: PortalContext.self)
        // Outermost first: the session is known to the access log, and errors have become
        // answers (with their status and headers) before either sees them.
        router.add(middleware: SessionMiddleware(sessions: service.sessions, logger: logger))
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(logger: logger))
        router.add(middleware: QueryTextMiddleware())
        let cookies = SessionCookies(secure: configuration.secureCookies)
        let uploads = UploadReader(limit: configuration.uploadLimit)
        APIRoutes(service: service, cookies: cookies, uploads: uploads).add(to: router)
        PageRoutes(service: service, cookies: cookies, uploads: uploads).add(to: router)
        let idle = configuration.idleTimeout.components
        let timeout = TimeAmount.nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000)
        return Application(
            router: router, server: .http1(configuration: .init(idleTimeout: timeout)),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "huizong"),
            onServerRunning: onServerRunning, logger: logger)
    }
}
