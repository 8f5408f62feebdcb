import Foundation
import Postgres

/// A submission's uploaded file, byte for byte (the portal's download of it).
public struct RawUpload: Sendable {
    public var fileName: String
    public var bytes: [UInt8]

    /// The raw upload of submission `id` as the connection's account sees it; nil when there
    /// is none (or the account may not see it). Throws `HuizongError.refused` with
    /// `.rawUploadUnreadable` when the stored bytes do not come back.
    public static func load(submission id: Int64, connection: Connection) throws -> RawUpload? {
        // Results travel as text: base64 is the compact text form of bytea (hex would double it).
        let row = try connection.execute(
            """
            select u.file_name, encode(u.raw, 'base64') as raw
            from intake.upload u join intake.submission s on s.upload_id = u.id
            where s.id = \(id)
            """
        ).first
        guard let row else { return nil }
        guard
            let data = Data(base64Encoded: try row.decode(String.self, "raw"), options: .ignoreUnknownCharacters)
        else {
            throw HuizongError.refused(.rawUploadUnreadable(submission: id))
        }
        return RawUpload(fileName: try row.decode(String.self, "file_name"), bytes: Array(data))
    }
}
