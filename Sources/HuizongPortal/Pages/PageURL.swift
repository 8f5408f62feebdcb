/// The portal's own URLs for links, form actions and redirects. Every path segment and query
/// name and value is percent-encoded here, and only here (`PercentEncoding.encode`); a template
/// then escapes the whole URL for its attribute.
enum PageURL {
    /// `/segment/segment?name=value&name=value`.
    static func path(_ segments: String..., query: KeyValuePairs<String, String> = [:]) -> String {
        make(segments, query: query.map { ($0.key, $0.value) })
    }

    /// `path` with query pairs given as an array.
    static func path(_ segments: String..., query: [(String, String)]) -> String {
        make(segments, query: query)
    }

    private static func make(_ segments: [String], query: [(String, String)]) -> String {
        let path = "/" + segments.map(PercentEncoding.encode).joined(separator: "/")
        guard !query.isEmpty else { return path }
        return path + "?"
            + query.map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }
            .joined(separator: "&")
    }
}
