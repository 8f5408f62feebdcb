import Hummingbird

/// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites'
/// forms do not carry it), Secure when the portal is served over TLS.
struct SessionCookies: Sendable {
    let secure: Bool

    func set(_ session: Session, on response: inout Response) {
        response.setCookie(
            Cookie(
                name: SessionMiddleware.cookieName, value: session.id, path: "/", secure: secure, httpOnly: true,
                sameSite: .lax))
    }

    func clear(on response: inout Response) {
        response.setCookie(
            Cookie(
                name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true,
                sameSite: .lax))
    }
}
