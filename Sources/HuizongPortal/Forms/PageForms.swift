import Foundation
import Hummingbird
import HuizongCore

/// The pages' `application/x-www-form-urlencoded` forms, one `Decodable` per form, read by
/// Hummingbird's `URLEncodedFormDecoder`. Every field is optional: a missing one is refused
/// by the action with its own message, as an empty one is.
enum PageForms {
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

    /// `body` decoded as form `Form`; 400 when it is no such form. The reason names the field
    /// or the kind of fault, never the request's bytes, so it is safe to show and to log.
    static func decode<Form: Decodable>(_ form: Form.Type, from body: [UInt8]) throws -> Form {
        do {
            return try URLEncodedFormDecoder().decode(Form.self, from: String(decoding: body, as: UTF8.self))
        } catch let error as URLEncodedFormError {
            throw PortalError.badRequest(.formUnreadable(reason: reason(error.code)))
        } catch let error as DecodingError {
            let field = error.field.map { "field \($0) " } ?? ""
            throw PortalError.badRequest(.formUnreadable(reason: "\(field)has a value of the wrong kind"))
        } catch {
            throw PortalError.badRequest(.formUnreadable(reason: "it is not URL-encoded"))
        }
    }

    private static func reason(_ code: URLEncodedFormError.Code) -> String {
        switch code {
        case .duplicateKeys: "a field is sent twice"
        case .failedToPercentDecode: "a % is not followed by two hexadecimal digits of UTF-8 text"
        case .corruptKeyValue, .addingToInvalidType, .notSupported, .invalidArrayIndex:
            "a field name is not one of the form's"
        default: "it is not URL-encoded"
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
