import HTTPTypes
import Hummingbird
import HuizongCore
import NIOCore

/// A file answer: the bytes as they are, saved under their name.
enum Download {
    static func response(_ bytes: [UInt8], fileName: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentDisposition] = disposition(fileName)
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The bytes shown by the browser in place (no `Content-Disposition`): the report viewed.
    static func inline(_ bytes: [UInt8], contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment` with an ASCII fallback name and the real (perhaps Chinese) one in
    /// RFC 5987 form, which every current browser reads.
    static func disposition(_ fileName: String) -> String {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let ascii = String(
            base.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" }
        )
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(PercentEncoding.encode(base))"
    }
}

extension ExportFormat {
    /// The media type an export is sent as.
    var contentType: String {
        switch self {
        case .json: return "application/json; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .md: return "text/markdown; charset=utf-8"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}
