import Hummingbird

/// Each request's context: Hummingbird's own, plus the session its cookie names.
public struct PortalContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in session, if the request's cookie names a live one.
    public var session: Session?

    /// The largest JSON body read (`JSONBody`): the API's bodies are a few fields each.
    public var maxUploadSize: Int { 64 * 1024 }

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The session, or 401.
    func requireSession() throws -> Session {
        guard let session else { throw PortalError.signInRequired }
        return session
    }

    /// The session, after checking a state-changing request carries its CSRF token.
    func requireSession(csrf token: String?) throws -> Session {
        let session = try requireSession()
        guard let token, constantTimeEqual(token, session.csrf) else { throw PortalError.csrf }
        return session
    }
}

/// Compares without stopping at the first difference, so timing tells nothing of the token.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
}
