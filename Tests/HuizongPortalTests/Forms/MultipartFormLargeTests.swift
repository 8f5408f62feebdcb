import Testing

@testable import HuizongPortal

@Test("a 30 MiB file full of CR LF and -- runs parses exactly")
func largeFile() throws {
    let boundary = "----WebKitFormBoundaryQ2pM9xLrT4vN8sKd"
    var chunk = FormFixtures.trickyFile(boundary: boundary)
    chunk += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 3) }
    var file: [UInt8] = []
    file.reserveCapacity(30 << 20)
    while file.count < 30 << 20 { file += chunk }
    let body =
        FormFixtures.bytes(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"big.bin\"\r\n\r\n"
        ) + file
        + FormFixtures.bytes(
            "\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n4101\r\n--\(boundary)--\r\n")
    let form = try MultipartForm(body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    #expect(form.file("workbook")?.body == file)
    #expect(form.field("unit") == "4101")
}
