import CLibPQ
import Logging

/// Forwards server notices (NOTICE, WARNING, INFO...) to a Logger instead of libpq's stderr default.
/// See <https://www.postgresql.org/docs/15/libpq-notice-processing.html>.
final class NoticeSink: Sendable {
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Installs the receiver on a connection. The context pointer is unretained: the owning
    /// `Connection` keeps this sink alive until after `PQfinish`.
    func install(on handle: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        // A C callback cannot capture Swift state, hence the context pointer.
        _ = PQsetNoticeReceiver(
            handle,
            { context, result in
                guard let context, let result else { return }
                Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue().log(result)
            },
            context
        )
    }

    /// Logs one notice at `.notice` level, with severity and SQLSTATE as metadata.
    private func log(_ result: OpaquePointer) {
        let message =
            Diagnostics.field(result, Diagnostics.messagePrimary) ?? Diagnostics.resultMessage(result)
        var metadata: Logger.Metadata = [:]
        let fields = [
            ("severity", Diagnostics.severity), ("sqlstate", Diagnostics.sqlState),
            ("detail", Diagnostics.messageDetail), ("hint", Diagnostics.messageHint),
        ]
        for (key, code) in fields {
            if let value = Diagnostics.field(result, code) { metadata[key] = .string(value) }
        }
        logger.notice("\(message)", metadata: metadata)
    }
}
