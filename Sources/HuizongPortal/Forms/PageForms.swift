import Foundation
import Hummingbird
import HuizongCore

/// The pages' `application/x-www-form-urlencoded` forms, one `Decodable` per form, read by
/// Hummingbird's `URLEncodedFormDecoder`. Every field is optional: a missing one is refused
/// by the action with its own message, as an empty one is.
enum PageForms {
    /// The largest form body read: an explanation of 2 000 characters, percent-encoded,
    /// is some 18 KiB.
    static let limit = 64 * 1024

    /// The largest prose form read: both sections of a long report, percent-encoded (a
    /// Chinese character takes 9 bytes), some 50 000 characters each.
    static let proseLimit = 1024 * 1024

    /// `form#login`.
    struct Login: Decodable {
        var user: String?
        var password: String?
    }

    /// A form with nothing but the session's CSRF token: sign-out.
    struct Token: Decodable {
        var csrf: String?
    }

    /// `form#approve` and `form#return`.
    struct Review: Decodable {
        var csrf: String?
        var comment: String?
    }

    /// `form#run` and `form.unlock` (which adds a comment): a unit and a year.
    struct UnitYear: Decodable {
        var csrf: String?
        var unit: String?
        var year: String?
        var comment: String?

        /// The unit and year, checked as a query's are.
        var query: Query { Query(["unit": unit ?? "", "year": year ?? ""]) }
    }

    /// `form.explain`: the finding, the text and, when the text was prefilled from an earlier
    /// explanation, `offer`: the offered text unchanged confirms it.
    struct Explain: Decodable {
        var csrf: String?
        var finding: String?
        var text: String?
        var offer: String?
    }

    /// `form.decide`: `decision` (accepted or rejected, the button pressed) and `comment`.
    struct Decide: Decodable {
        var csrf: String?
        var decision: String?
        var comment: String?
    }

    /// `form#report-prose`: the office's two sections of the report.
    struct Prose: Decodable {
        var csrf: String?
        var basicInfo: String?
        var performance: String?

        enum CodingKeys: String, CodingKey {
            case csrf, performance
            case basicInfo = "basic_info"
        }

        /// The texts by part, with a browser's CRLF line ends as the CLI's files have them (LF).
        var texts: [ReportProse.Part: String] {
            var texts: [ReportProse.Part: String] = [:]
            texts[.basicInfo] = basicInfo.map(Self.unixLines)
            texts[.performance] = performance.map(Self.unixLines)
            return texts
        }

        private static func unixLines(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n")
        }
    }

    /// `form#add-unit`.
    struct AddUnit: Decodable {
        var csrf: String?
        var code: String?
        var name: String?
        var parent: String?
    }

    /// `form#add-account`.
    struct AddAccount: Decodable {
        var csrf: String?
        var name: String?
        var role: String?
        var unit: String?
        var password: String?
    }

    /// `body` decoded as form `Form`; 400 when it is no such form or a field holds a NUL. The
    /// problem names the field or the kind of fault, never the request's bytes, so it is safe
    /// to show and to log.
    static func decode<Form: Decodable>(_ form: Form.Type, from body: [UInt8]) throws -> Form {
        let decoded: Form
        do {
            decoded = try URLEncodedFormDecoder().decode(Form.self, from: String(decoding: body, as: UTF8.self))
        } catch let error as URLEncodedFormError {
            throw PortalError.badRequest(.formUnreadable(problem: problem(error.code)))
        } catch let error as DecodingError {
            // No field named: a name the form does not have (`unit[x]`), or an array of one.
            throw PortalError.badRequest(
                .formUnreadable(problem: error.field.map { .wrongValue(field: $0) } ?? .unknownField))
        } catch {
            throw PortalError.badRequest(.formUnreadable(problem: .notURLEncoded))
        }
        try NulCheck.refuse(in: decoded)
        return decoded
    }

    private static func problem(_ code: URLEncodedFormError.Code) -> Refusal.FormProblem {
        switch code {
        case .duplicateKeys: .duplicateField
        case .failedToPercentDecode: .badPercentEncoding
        case .corruptKeyValue, .addingToInvalidType, .notSupported, .invalidArrayIndex: .unknownField
        default: .notURLEncoded
        }
    }
}

extension DecodingError {
    /// The form field the error is about.
    fileprivate var field: String? {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        return path.first?.stringValue
    }
}
