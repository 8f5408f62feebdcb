import Hummingbird

extension Pages {
    /// The accountant's start page: upload a CSV or XLSX for its unit and a year, or fetch
    /// the year's template.
    static func upload(session: Session, year: Int) -> Response {
        let unit = htmlEscaped(session.account.unitCode ?? "")
        return page(
            "上传报表", session: session,
            """
            <form id="upload" class="block" method="post" action="/submissions" enctype="multipart/form-data">
            \(csrfField(session))<input type="hidden" name="unit" value="\(unit)">
            <label>单位 <strong>\(unit)</strong></label>
            <label>年度 <input id="upload-year" name="year" type="number" min="1900" max="9999" value="\(year)" required></label>
            <label>文件（CSV 或 Excel .xlsx） <input id="upload-file" name="file" type="file" accept=".csv,.xlsx" required></label>
            <button id="upload-submit" type="submit">上传并检查</button></form>
            <p>上传后立即检查，并逐行列出发现的问题。可先下载本年度的
            <a id="template-link" href="/template?year=\(year)">填报模板（Excel）</a>。</p>
            """)
    }
}
