import Testing

@testable import HuizongPortal

/// Bodies as Chromium, Firefox, curl and .NET's HttpClient send them.
@Suite struct MultipartFormTests {
    @Test("a Chromium form with text fields, a binary file with a raw UTF-8 name, and an empty file input")
    func chromium() throws {
        let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        let file = FormFixtures.trickyFile(boundary: boundary)
        let body =
            FormFixtures.bytes(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n4101\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n第一行\r\nsecond line\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"2025年报表.xlsx\"\r\n"
                    + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n"
            ) + file
            + FormFixtures.bytes(
                "\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n\r\n--\(boundary)--\r\n"
            )
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\(boundary)")
        try #require(form.parts.map(\.name) == ["unit", "note", "workbook", "attachment"])
        #expect(form.field("unit") == "4101")
        #expect(form.field("note") == "第一行\r\nsecond line")
        let workbook = try #require(form.file("workbook"))
        #expect(workbook.filename == "2025年报表.xlsx")
        #expect(workbook.contentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(workbook.body == file)
        #expect(form.file("attachment") == nil)
        #expect(form.parts[3].filename == "" && form.parts[3].body.isEmpty)
    }

    @Test("a Firefox form with an empty file, a quoted boundary and a preamble and epilogue")
    func firefox() throws {
        let boundary = "----geckoformboundary3c5b6e1d2f1a4b7c9e0d8f6a5b4c3d2e"
        let body = FormFixtures.bytes(
            "ignored preamble\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2025\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"empty.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n1999\r\n"
                + "--\(boundary)--\r\nignored epilogue\r\n--\(boundary)\r\n"
        )
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\"\(boundary)\"")
        #expect(form.parts.count == 3)
        #expect(form.field("year") == "2025")
        let empty = try #require(form.file("empty"))
        #expect(empty.filename == "empty.csv" && empty.contentType == "text/csv" && empty.body.isEmpty)
        #expect(form.field("empty") == nil)
        #expect(form.field("missing") == nil && form.file("year") == nil)
    }

    @Test("curl -F with a binary file, no trailing CRLF after the closing boundary")
    func curl() throws {
        let boundary = "------------------------xG3zgTWnP0bH9xRcY2LhNk"
        let file = FormFixtures.trickyFile(boundary: boundary)
        let body =
            FormFixtures.bytes(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n4101\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n"
            ) + file + FormFixtures.bytes("\r\n--\(boundary)--")
        let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\(boundary)")
        #expect(form.field("unit") == "4101")
        #expect(form.file("file")?.body == file)
    }

    @Test("filename* with a percent-encoded Chinese name wins over filename; unquoted name; odd header case")
    func extendedFilename() throws {
        let body = FormFixtures.bytes(
            "--b1\r\ncontent-disposition: FORM-DATA; name=file; filename=\"=?utf-8?B?5oql6KGoLnhsc3g=?=\"; "
                + "filename*=utf-8''%E6%8A%A5%E8%A1%A8%20%E4%BA%8C.xlsx\r\nCONTENT-TYPE: application/zip\r\n\r\nPK\r\n"
                + "--b1\r\nContent-Disposition: form-data; filename*=UTF-8'zh-CN'%E4%B8%AD.csv; name=\"second\"\r\n\r\n"
                + "x\r\n--b1--\r\n"
        )
        let form = try MultipartForm(body: body, contentType: "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"b1\"")
        #expect(form.file("file")?.filename == "报表 二.xlsx")
        #expect(form.file("file")?.contentType == "application/zip")
        #expect(form.file("second")?.filename == "中.csv")
    }

    @Test("quoted names keep escaped quotes and Windows backslashes; bare LF ends part headers")
    func quotingAndBareLineFeeds() throws {
        let body = FormFixtures.bytes(
            "--b\r\nContent-Disposition: form-data; name=\"a\\\"b\"; filename=\"C:\\Users\\x\\a;b.txt\"\n\nbody\r\n"
                + "--b \t\r\nContent-Disposition: form-data; name=\"c\"\r\n\r\n\r\n--b--"
        )
        let form = try MultipartForm(body: body, contentType: "multipart/form-data;boundary=b")
        try #require(form.parts.map(\.name) == ["a\"b", "c"])
        #expect(form.parts[0].filename == "C:\\Users\\x\\a;b.txt")
        #expect(form.parts[0].text == "body")
        #expect(form.field("c") == "")
    }

    @Test("a form with no parts")
    func noParts() throws {
        let form = try MultipartForm(
            body: FormFixtures.bytes("--b--\r\n"), contentType: "multipart/form-data; boundary=b")
        #expect(form.parts.isEmpty)
    }

    @Test("32 parts are allowed, a boundary of 70 characters, and a header block of exactly 8 KiB")
    func atTheLimits() throws {
        let longest = String(repeating: "'()+_,-./:=?", count: 5) + "abcdefghij"
        let fields = FormFixtures.fields(2, boundary: longest)
        #expect(
            try MultipartForm(body: fields, contentType: "multipart/form-data; boundary=\"\(longest)\"").parts.count
                == 2)
        let many = try MultipartForm(
            body: FormFixtures.fields(32, boundary: "b"), contentType: "multipart/form-data; boundary=b")
        #expect(many.parts.count == 32 && many.field("f32") == "32")
        let line = "Content-Disposition: form-data; name=\"x\"\r\n"
        let padding =
            "X-Padding: " + String(repeating: "p", count: MultipartForm.maximumHeaderBytes - line.utf8.count - 13)
        let body = FormFixtures.bytes("--b\r\n" + line + padding + "\r\n\r\nvalue\r\n--b--")
        #expect(try MultipartForm(body: body, contentType: "multipart/form-data; boundary=b").field("x") == "value")
    }
}
