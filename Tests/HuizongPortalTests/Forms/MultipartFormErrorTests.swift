import Testing

@testable import HuizongPortal

/// Bodies a parser must refuse, each with the message a user sees.
@Suite struct MultipartFormErrorTests {
    private let contentType = "multipart/form-data; boundary=b"

    /// The description of the error parsing `body` throws.
    private func message(_ body: String, contentType: String? = nil) -> String? {
        message(FormFixtures.bytes(body), contentType: contentType)
    }

    private func message(_ body: [UInt8], contentType: String? = nil) -> String? {
        #expect(throws: FormError.self) { try MultipartForm(body: body, contentType: contentType ?? self.contentType) }?
            .description
    }

    @Test("Content-Type errors: another media type, no boundary, bad boundaries")
    func contentTypes() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n"
        #expect(
            message(body, contentType: "application/x-www-form-urlencoded")
                == "the form's Content-Type is not multipart/form-data")
        #expect(message(body, contentType: "") == "the form's Content-Type is not multipart/form-data")
        #expect(message(body, contentType: "multipart/form-data") == "the form's Content-Type has no boundary")
        #expect(
            message(body, contentType: "multipart/form-data; charset=utf-8")
                == "the form's Content-Type has no boundary")
        let tooLong = "multipart/form-data; boundary=" + String(repeating: "x", count: 71)
        #expect(message(body, contentType: tooLong) == "the form's boundary is not 1 to 70 printable ASCII characters")
        #expect(
            message(body, contentType: "multipart/form-data; boundary=\"\"")
                == "the form's boundary is not 1 to 70 printable ASCII characters")
        #expect(
            message(body, contentType: "multipart/form-data; boundary=边界")
                == "the form's boundary is not 1 to 70 printable ASCII characters")
        #expect(
            message(body, contentType: "multipart/form-data; boundary=c")
                == "the multipart body does not contain its boundary")
        #expect(message("") == "the multipart body does not contain its boundary")
    }

    @Test("bodies without their closing boundary: missing, cut short, truncated mid-file")
    func missingClosingBoundary() {
        let expected = "the multipart body has no closing boundary"
        #expect(message("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n") == expected)
        #expect(message("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b") == expected)
        #expect(message("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b-") == expected)
        #expect(message("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--bx--") == expected)
        let file =
            FormFixtures.bytes("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n\r\n")
            + FormFixtures.trickyFile(boundary: "b")
        #expect(message(file) == expected)
    }

    @Test("every proper prefix of a valid body is refused, none crashes")
    func truncatedBodies() throws {
        let body =
            FormFixtures.bytes("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"报.bin\"\r\n\r\n")
            + FormFixtures.trickyFile(boundary: "b") + FormFixtures.bytes("\r\n--b--\r\n")
        _ = try MultipartForm(body: body, contentType: contentType)
        for length in 0..<(body.count - 2) {
            #expect(throws: FormError.self) {
                try MultipartForm(body: Array(body[..<length]), contentType: contentType)
            }
        }
    }

    @Test("more than 32 parts")
    func tooManyParts() {
        #expect(message(FormFixtures.fields(33, boundary: "b")) == "the form has more than 32 parts")
    }

    @Test("part headers over 8 KiB, without a blank line, or malformed")
    func headers() {
        let first = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
        let long = "X-Padding: " + String(repeating: "p", count: MultipartForm.maximumHeaderBytes)
        #expect(message(first + "--b\r\n\(long)\r\n\r\n2\r\n--b--") == "the headers of part 2 are longer than 8 KiB")
        #expect(message(first + "--b\r\n\(long)\r\n--b--") == "the headers of part 2 are longer than 8 KiB")
        #expect(
            message(first + "--b\r\nContent-Disposition: form-data; name=\"c\"\r\n--b--")
                == "the headers of part 2 do not end with a blank line")
        #expect(message(first + "--b\r\n\r\n--b--") == "the headers of part 2 do not end with a blank line")
        #expect(message(first + "--b\r\nno colon here\r\n\r\n2\r\n--b--") == "part 2 has a malformed header line")
        #expect(message(first + "--b\r\n: no name\r\n\r\n2\r\n--b--") == "part 2 has a malformed header line")
        #expect(message(first + "--b\r\nX-A: 1\r\n folded\r\n\r\n2\r\n--b--") == "part 2 has a malformed header line")
    }

    @Test("parts that are not named form-data")
    func dispositions() {
        let first = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
        #expect(
            message(first + "--b\r\nContent-Type: text/plain\r\n\r\n2\r\n--b--")
                == "part 2 has no Content-Disposition: form-data header")
        #expect(
            message(first + "--b\r\nContent-Disposition: attachment; name=\"c\"\r\n\r\n2\r\n--b--")
                == "part 2 has no Content-Disposition: form-data header")
        #expect(
            message(first + "--b\r\nContent-Disposition: form-data; filename=\"c.txt\"\r\n\r\n2\r\n--b--")
                == "part 2 has no name")
        #expect(
            message(first + "--b\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n2\r\n--b--")
                == "part 2 has no name")
    }

    @Test("filename* that is not UTF-8 percent-encoding")
    func malformedFilenames() {
        let expected = "part 1 has a filename* that is not UTF-8 percent-encoded"
        for value in ["UTF-8''%E4%B", "UTF-8''%ZZ.txt", "ISO-8859-1''caf%E9.txt", "utf-8'%E4%B8%AD", "UTF-8"] {
            #expect(
                message("--b\r\nContent-Disposition: form-data; name=\"f\"; filename*=\(value)\r\n\r\nx\r\n--b--")
                    == expected)
        }
    }

    @Test("every body of up to five boundary-like pieces is parsed or refused without a crash")
    func hostileInput() {
        let pieces = [
            "--b", "--b\r\n", "--b--", "\r\n--b", "\r\n", "\n", "-", "x\"; ",
            "Content-Disposition: form-data; name=\"a\"\r\n\r\n", "\r\n\r\n",
        ].map(FormFixtures.bytes)
        var digits: [Int] = []
        repeat {
            _ = try? MultipartForm(body: digits.flatMap { pieces[$0] }, contentType: contentType)
            // Counts through all sequences of piece indices, shortest first.
            var position = 0
            while position < digits.count, digits[position] == pieces.count - 1 {
                digits[position] = 0
                position += 1
            }
            if position == digits.count { digits.append(0) } else { digits[position] += 1 }
        } while digits.count <= 5
    }
}
