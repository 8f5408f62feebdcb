import Hummingbird

extension Pages {
    /// The accountant's start page: upload a CSV or XLSX for its unit and a year, or fetch
    /// the year's template.
    static func upload(session: Session, year: Int) -> Response {
        page(
            "upload", title: "上传报表", session: session,
            UploadPage(
                unit: session.account.unitCode ?? "", year: year,
                templateHref: PageURL.path("template", query: ["year": String(year)])))
    }
}

/// `upload.mustache`.
struct UploadPage {
    let unit: String
    let year: Int
    let templateHref: String
}
