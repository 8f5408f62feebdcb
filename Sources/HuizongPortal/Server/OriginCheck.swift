import Foundation
import HTTPTypes
import Hummingbird

/// Refuses a sign-in posted from another site's page (issue 16: `POST /login` accepted a
/// foreign `Origin`). Same origin means the `Origin` header's host and port are the
/// request's own `Host`; without `Origin`, the `Referer`'s are checked the same way;
/// with neither (curl, scripts) the request is let through: the check stops browsers
/// being used from elsewhere, and a script holds the password anyway.
enum OriginCheck {
    /// 403 `foreign_origin` unless the request comes from the portal's own pages.
    static func require(_ request: Request) throws {
        let origin = request.headers[.origin] ?? request.headers[.referer]
        guard let origin else { return }
        guard let host = request.head.authority, authority(of: origin) == host.lowercased() else {
            throw PortalError(status: .forbidden, refusal: .foreignOrigin(origin: String(origin.prefix(200))))
        }
    }

    /// `host[:port]` of a URL as a browser sends it (`null` and the unparsable have none).
    private static func authority(of url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return nil
        }
        return (components.port.map { "\(host):\($0)" } ?? host).lowercased()
    }
}
