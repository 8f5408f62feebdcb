import HTTPTypes
import Hummingbird
import HuizongCore
import NIOCore

/// The portal's pages: plain HTML in Chinese, one small function per page, every text
/// escaped. No script is needed; forms post and the server redirects (post/redirect/get).
enum Pages {
    /// A whole page around `body`, with the navigation for the session's role.
    static func page(_ title: String, session: Session?, status: HTTPResponse.Status = .ok, _ body: String) -> Response
    {
        let html = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlEscaped(title)) · 汇总</title>
            <style>\(style)</style></head>
            <body>\(header(session))<main><h1>\(htmlEscaped(title))</h1>
            \(body)</main></body></html>
            """
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A refusal as a page.
    static func error(_ refusal: PortalError, session: Session?) -> Response {
        var body = "<p class=\"error\">\(htmlEscaped(refusal.message))</p>"
        if refusal == .signInRequired { body += "<p><a href=\"/login\">登录</a></p>" }
        return page("出错了", session: session, status: refusal.status, body)
    }

    /// 303 to `location` (after a form: the browser then GETs the result).
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    private static func header(_ session: Session?) -> String {
        guard let session else { return "<header><span class=\"brand\">汇总 · 预算单位数据报送</span></header>" }
        let links: [(String, String)]
        switch session.account.role {
        case .accountant:
            links = [("/", "上传报表"), ("/history", "提交记录")]
        case .office, .admin:
            links = [
                ("/status", "报送情况"), ("/history", "提交记录"), ("/base-data", "基础数据表"), ("/totals", "分类汇总"),
                ("/audit", "审计日志"),
            ]
        }
        let nav = links.map { "<a href=\"\($0.0)\">\($0.1)</a>" }.joined(separator: " ")
        return """
            <header><span class="brand">汇总</span> <nav>\(nav)</nav>
            <span class="who"><span id="whoami">\(htmlEscaped(session.account.name))</span>（\(roleName(session.account.role))\(session.account.unitCode.map { " " + htmlEscaped($0) } ?? "")）
            <form id="logout" method="post" action="/logout">\(csrfField(session))<button id="logout-submit" type="submit">退出</button></form></span></header>
            """
    }

    /// The hidden field that carries the session's CSRF token in a form.
    static func csrfField(_ session: Session) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(htmlEscaped(session.csrf))\">"
    }

    static func roleName(_ role: AccountStore.Role) -> String {
        switch role {
        case .accountant: return "单位会计"
        case .office: return "财务科"
        case .admin: return "管理员"
        }
    }

    /// A table: header cells, then rows of already-escaped cell HTML.
    static func table(id: String, _ head: [String], _ rows: [String]) -> String {
        let th = head.map { "<th>\(htmlEscaped($0))</th>" }.joined()
        return "<table id=\"\(id)\"><thead><tr>\(th)</tr></thead><tbody>\(rows.joined())</tbody></table>"
    }

    /// A cell with a class (and the data-* attributes of `data`), for pages and scripts to find.
    static func td(_ html: String, class name: String, data: [String: String] = [:]) -> String {
        let attributes = data.sorted { $0.key < $1.key }.map { " data-\($0.key)=\"\(htmlEscaped($0.value))\"" }.joined()
        return "<td class=\"\(name)\"\(attributes)>\(html)</td>"
    }

    /// A row of cells given as escaped HTML; a cell already made by `td` is kept as it is.
    static func row(_ cells: [String], attributes: String = "") -> String {
        "<tr\(attributes.isEmpty ? "" : " " + attributes)>"
            + cells.map { $0.hasPrefix("<td") ? $0 : "<td>\($0)</td>" }.joined() + "</tr>"
    }

    private static let style = """
        body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222}
        header{background:#8b1a1a;color:#fff;padding:.6em 1em;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
        header a{color:#fff;margin-right:1em}.brand{font-weight:bold}.who{margin-left:auto}
        header form{display:inline;margin-left:.5em}main{padding:1em 2em;max-width:1200px}
        table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .6em;text-align:left}
        th{background:#eee}td.amount{text-align:right;font-variant-numeric:tabular-nums}
        .error{color:#a00;font-weight:bold}.warning{color:#a60}.ok{color:#070;font-weight:bold}
        form.block{margin:1em 0;padding:1em;border:1px solid #ccc;max-width:40em}
        form.block label{display:block;margin:.4em 0}textarea{width:100%;min-height:4em}
        form.explain,form.decide{min-width:14em}.offer{color:#666;font-size:.9em;margin:0 0 .3em}
        .explained-by{color:#666;font-size:.9em}
        """
}
