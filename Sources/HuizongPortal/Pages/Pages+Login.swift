import Hummingbird

extension Pages {
    /// The sign-in form; `refusal` shown above it after a failed attempt.
    static func login(_ refusal: PortalError? = nil) -> Response {
        let error = refusal.map { "<p class=\"error\">\(htmlEscaped($0.message))</p>" } ?? ""
        return page(
            "登录", session: nil, status: refusal?.status ?? .ok,
            """
            \(error)
            <form id="login" class="block" method="post" action="/login">
            <label>用户名 <input id="user" name="user" autocomplete="username" required></label>
            <label>密码 <input id="password" name="password" type="password" autocomplete="current-password" required></label>
            <button id="login-submit" type="submit">登录</button></form>
            """)
    }
}
