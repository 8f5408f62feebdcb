import Foundation
import Postgres

/// A submission's uploaded file, byte for byte.
public struct RawUpload: Sendable {
    public var fileName: String
    public var bytes: [UInt8]

    /// The raw upload of submission `id` as the connection's account sees it; nil when it may not.
    static func load(submission id: Int64, connection: Connection) throws -> RawUpload? {
        let rows = try connection.execute(
            """
            select u.file_name, encode(u.raw, 'base64') as raw from intake.upload u join intake.submission s on s.upload_id = u.id
            where s.id = $1::bigint
            """, [.text(String(id))])
        guard let row = rows.first else { return nil }
        // Results travel as text: base64 is the compact text form of bytea (hex would double it).
        guard let data = Data(base64Encoded: try row.string("raw"), options: .ignoreUnknownCharacters) else {
            throw PortalError(status: .internalServerError, refusal: .rawUploadUnreadable(submission: id))
        }
        return RawUpload(fileName: try row.string("file_name"), bytes: Array(data))
    }
}
