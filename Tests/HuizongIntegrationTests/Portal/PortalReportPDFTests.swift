import Foundation
import HuizongCore
import Testing

/// The report as PDF in the portal (issue 13 item 6): the DOCX converted by LibreOffice
/// headless, offered only where `soffice` is installed; otherwise a typed refusal.
@Suite("portal report PDF", .serialized) struct PortalReportPDFTests {
    static let query = PortalReportTests.query

    /// The pages of a PDF as its page objects say (`/Type /Page`), each page's `/MediaBox`,
    /// and the page tree's `/Count`: read from the file's own objects, not from a PDF tool.
    static func pages(_ pdf: Data) -> (pages: Int, count: Int?, mediaBoxes: [String]) {
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = text.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
        let count = text.firstMatch(of: /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/).flatMap { Int($0.1) }
        let boxes = text.matches(of: /\/MediaBox\s*\[\s*([\d.\s]+)\]/).map {
            $0.1.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return (pages, count, boxes)
    }

    @Test(
        "with LibreOffice: offered on the page, a PDF of A4 pages, two conversions at once",
        .enabled(if: LibreOffice.writerAvailable, "LibreOffice Writer (soffice) is not installed"))
    func converted() async throws {
        try await PortalFixture.run(demo: true) { fixture in
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(
                page.text.contains(
                    #"<a class="download" data-format="pdf" href="/api/reports?unit=401&amp;year=2022&amp;format=pdf">"#
                ))
            let alone = ContinuousClock.now
            let single = try await office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            #expect(single.status == 200)
            print("report PDF: one conversion in \(ContinuousClock.now - alone)")
            let started = ContinuousClock.now
            async let first = office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            async let second = office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            let answers = try await [first, second]
            let elapsed = ContinuousClock.now - started
            for answer in answers {
                #expect(answer.status == 200, "\(answer.text.prefix(300))")
                #expect(answer.headers["content-type"] == "application/pdf")
                #expect(
                    answer.headers["content-disposition"]
                        == #"attachment; filename="report-401-2022.pdf"; filename*=UTF-8''report-401-2022.pdf"#)
                #expect(answer.body.starts(with: Array("%PDF-".utf8)))
                #expect(String(decoding: answer.body.suffix(64), as: UTF8.self).contains("%%EOF"))
                let (pages, count, boxes) = Self.pages(answer.body)
                #expect(pages >= 5, "the report and its two attachments: \(pages) pages")
                #expect(count == pages)
                // A4 is 595.3 × 841.9 pt; LibreOffice writes it rounded or to one decimal.
                #expect(!boxes.isEmpty)
                for box in boxes {
                    let numbers = box.split(separator: " ").compactMap { Double($0) }
                    #expect(numbers.count == 4 && abs(numbers[2] - 595.3) < 1 && abs(numbers[3] - 841.9) < 1, "\(box)")
                }
            }
            #expect(Self.pages(answers[0].body).pages == Self.pages(answers[1].body).pages)
            // The Chinese text is set in a real (embedded, subset) font, not left out.
            let text = String(decoding: answers[0].body, as: UTF8.self)
            let fonts = Set(text.matches(of: /\/BaseFont\s*\/[A-Z]{6}\+([^\s\/>\]]+)/).map { String($0.1) })
            #expect(!fonts.isEmpty && text.contains("/FontFile"), "embedded fonts: \(fonts)")
            print("report PDF fonts: \(fonts.sorted())")
            print(
                "report PDF: two conversions at once in \(elapsed), \(answers[0].body.count) bytes, "
                    + "\(Self.pages(answers[0].body).pages) pages")
            // The PDF is the DOCX: the text LibreOffice reads from that DOCX holds the figures.
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
                .filter { $0.hasPrefix("huizong-pdf-") }
            #expect(leftovers.isEmpty, "temporary directories left: \(leftovers)")
        }
    }

    @Test("without LibreOffice: no PDF on the page, a typed refusal for a direct request")
    func unavailable() async throws {
        try await PortalFixture.run(demo: true, pdf: nil) { fixture in
            let office = try await fixture.browser("office401")
            let page = try await office.request("GET", "/report?\(Self.query)")
            #expect(page.status == 200)
            #expect(page.text.contains(#"data-format="docx""#))
            #expect(!page.text.contains(#"data-format="pdf""#))
            let pdf = try await office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            #expect(pdf.status == 400)
            #expect(
                pdf.text
                    == #"{"code":"report_pdf_unavailable","error":"生成 PDF 需要 LibreOffice（soffice），本服务器未安装；请下载 DOCX 格式。"}"#
            )
            let odt = try await office.request("GET", "/api/reports?\(Self.query)&format=odt")
            #expect(odt.status == 400)
            #expect(
                odt.text
                    == #"{"code":"invalid_parameter","error":"参数 format 应为 json、md、docx、html 或 xlsx，收到的是“odt”。"}"#)
            let accountant = try await fixture.browser("a401001")
            #expect(try await accountant.request("GET", "/api/reports?\(Self.query)&format=pdf").status == 404)
        }
    }

    @Test(
        "a conversion over its time is killed and refused; a failing converter is refused",
        .enabled(if: LibreOffice.writerAvailable, "LibreOffice Writer (soffice) is not installed"))
    func failures() async throws {
        let soffice = try #require(LibreOffice.executable)
        try await PortalFixture.run(demo: true, pdf: ReportPDF(program: soffice, timeout: .milliseconds(300))) {
            fixture in
            let office = try await fixture.browser("office401")
            let started = ContinuousClock.now
            let answer = try await office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            #expect(ContinuousClock.now - started < .seconds(10), "killed, not waited for")
            #expect(answer.status == 503)
            #expect(
                answer.text
                    == #"{"code":"report_pdf_timed_out","error":"\#(soffice) 在 1 秒内未完成 PDF 转换，已被终止；请稍后再试。"}"#)
        }
        try await PortalFixture.run(demo: true, pdf: ReportPDF(program: "/bin/false")) { fixture in
            let office = try await fixture.browser("office401")
            let answer = try await office.request("GET", "/api/reports?\(Self.query)&format=pdf")
            #expect(answer.status == 500)
            #expect(answer.text == #"{"code":"report_pdf_failed","error":"/bin/false 未能将报告转换为 PDF：\n"}"#)
        }
    }
}
