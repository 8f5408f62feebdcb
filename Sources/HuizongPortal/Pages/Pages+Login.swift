import Hummingbird

extension Pages {
    /// The sign-in form; `refusal` shown above it after a failed attempt.
    static func login(_ refusal: PortalError? = nil) -> Response {
        page(
            "login", title: "登录", session: nil, status: refusal?.status ?? .ok,
            LoginPage(refusal: refusal?.message))
    }
}

/// `login.mustache`.
struct LoginPage {
    let refusal: String?
}
