import HTTPTypes
import Hummingbird
import HuizongCore
import NIOCore

/// The portal's pages: plain HTML in Chinese, one mustache template per page (`Templates/`)
/// filled from a view model of already-formatted text; mustache escapes every value, Swift
/// writes no HTML. No script is needed; forms post and the server redirects (post/redirect/get).
enum Pages {
    /// Template `template` in the frame for the session's role, under `title`, with `content`.
    static func page(
        _ template: String, title: String, session: Session?, status: HTTPResponse.Status = .ok,
        refresh: Int? = nil, _ content: Any
    ) -> Response {
        let html = PageTemplates.render(
            PageModel(frame: Frame(title: title, session: session, refresh: refresh), content: content),
            with: template)
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A refusal as a page.
    static func error(_ refusal: PortalError, session: Session?) -> Response {
        page(
            "error", title: "出错了", session: session, status: refusal.status,
            ErrorPage(message: refusal.message, signInLink: refusal == .signInRequired))
    }

    /// 303 to `location` (after a form: the browser then GETs the result).
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func roleName(_ role: AccountStore.Role) -> String {
        switch role {
        case .accountant: return "单位会计"
        case .office: return "财务科"
        case .admin: return "管理员"
        }
    }
}

/// What a page template is given: the frame (`layout`, `header`, `csrf`) and the page's own model.
struct PageModel {
    let frame: Frame
    let content: Any
}

/// The frame of a page: its title and the signed-in account, if any.
struct Frame {
    let title: String
    let account: Account?
    /// Seconds after which the page reloads itself (`<meta http-equiv="refresh">`, no
    /// script: the CSP allows none); nil for a page that stays.
    let refresh: Int?

    init(title: String, session: Session?, refresh: Int? = nil) {
        self.title = title
        self.account = session.map(Account.init)
        self.refresh = refresh
    }

    /// The header's account: name, role (and unit), the navigation for the role, and the
    /// session's CSRF token that every form carries (`csrf.mustache`).
    struct Account {
        let name: String
        let role: String
        let csrf: String
        let nav: [PageLink]

        init(_ session: Session) {
            let account = session.account
            name = account.name
            role = Pages.roleName(account.role) + (account.unitCode.map { " " + $0 } ?? "")
            csrf = session.csrf
            switch account.role {
            case .accountant:
                nav = [PageLink("/", "上传报表"), PageLink("/history", "提交记录")]
            case .office, .admin:
                nav = [
                    PageLink("/status", "报送情况"), PageLink("/history", "提交记录"), PageLink("/base-data", "基础数据表"),
                    PageLink("/totals", "分类汇总"), PageLink("/report", "自评报告"), PageLink("/audit", "审计日志"),
                ]
            }
        }
    }
}

/// A link: its URL (made by `PageURL`) and its text.
struct PageLink {
    let href: String
    let label: String

    init(_ href: String, _ label: String) {
        self.href = href
        self.label = label
    }
}

/// `error.mustache`.
struct ErrorPage {
    let message: String
    let signInLink: Bool
}
