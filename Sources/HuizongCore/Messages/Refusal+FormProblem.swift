/// Why a posted form or a JSON body could not be read: data, worded in both languages in
/// one place, so that a page never shows the form reader's English.
extension Refusal {
    /// What is wrong with a request body, as a code with its values.
    public enum FormProblem: Sendable, Equatable {
        /// The Content-Type is not `multipart/form-data`.
        case notMultipart
        /// The Content-Type has no `boundary`.
        case missingBoundary
        /// The boundary is empty, too long or not printable ASCII.
        case invalidBoundary
        /// The body never contains its boundary.
        case boundaryNotFound
        /// The body stops before its closing boundary.
        case missingClosingBoundary
        /// More parts than the form reader takes.
        case tooManyParts(maximum: Int)
        /// A part's headers are longer than `kibibytes` KiB.
        case headersTooLong(part: Int, kibibytes: Int)
        /// A part's headers do not end with a blank line.
        case unterminatedHeaders(part: Int)
        /// A part has a header line without a colon, or a folded one.
        case malformedHeader(part: Int)
        /// A part without `Content-Disposition: form-data`.
        case notFormData(part: Int)
        /// A part without a name.
        case missingName(part: Int)
        /// A part whose `filename*` is not UTF-8 percent-encoded.
        case malformedFilename(part: Int)
        /// A field sent twice.
        case duplicateField
        /// A `%` not followed by two hexadecimal digits of UTF-8 text.
        case badPercentEncoding
        /// A field name that is not one of the form's.
        case unknownField
        /// A body that is not URL-encoded at all.
        case notURLEncoded
        /// A body that is not JSON.
        case notJSON
        /// `field` is missing, or has a value of the wrong kind (a text for a number, a
        /// number too large …); nil when the body as a whole is of the wrong shape.
        case wrongValue(field: String?)

        var english: String {
            switch self {
            case .notMultipart: "the form's Content-Type is not multipart/form-data"
            case .missingBoundary: "the form's Content-Type has no boundary"
            case .invalidBoundary: "the form's boundary is not 1 to 70 printable ASCII characters"
            case .boundaryNotFound: "the multipart body does not contain its boundary"
            case .missingClosingBoundary: "the multipart body has no closing boundary"
            case .tooManyParts(let maximum): "the form has more than \(maximum) parts"
            case .headersTooLong(let part, let kibibytes):
                "the headers of part \(part) are longer than \(kibibytes) KiB"
            case .unterminatedHeaders(let part): "the headers of part \(part) do not end with a blank line"
            case .malformedHeader(let part): "part \(part) has a malformed header line"
            case .notFormData(let part): "part \(part) has no Content-Disposition: form-data header"
            case .missingName(let part): "part \(part) has no name"
            case .malformedFilename(let part): "part \(part) has a filename* that is not UTF-8 percent-encoded"
            case .duplicateField: "a field is sent twice"
            case .badPercentEncoding: "a % is not followed by two hexadecimal digits of UTF-8 text"
            case .unknownField: "a field name is not one of the form's"
            case .notURLEncoded: "it is not URL-encoded"
            case .notJSON: "it is not JSON"
            case .wrongValue(let field?): "field \(field) is missing or has a value of the wrong kind or size"
            case .wrongValue(nil): "a field has a value of the wrong kind or size"
            }
        }

        var chinese: String {
            switch self {
            case .notMultipart: "表单类型不是 multipart/form-data。"
            case .missingBoundary: "表单类型缺少分隔符。"
            case .invalidBoundary: "表单分隔符应为 1 至 70 个可打印字符。"
            case .boundaryNotFound: "表单内容中没有分隔符。"
            case .missingClosingBoundary: "表单内容缺少结束分隔符。"
            case .tooManyParts(let maximum): "表单部分超过 \(maximum) 个。"
            case .headersTooLong(let part, let kibibytes): "第 \(part) 部分的头部超过 \(kibibytes) 千字节。"
            case .unterminatedHeaders(let part): "第 \(part) 部分的头部没有以空行结束。"
            case .malformedHeader(let part): "第 \(part) 部分有一行头部格式错误。"
            case .notFormData(let part): "第 \(part) 部分不是表单字段。"
            case .missingName(let part): "第 \(part) 部分没有字段名。"
            case .malformedFilename(let part): "第 \(part) 部分的文件名编码错误。"
            case .duplicateField: "有字段重复提交。"
            case .badPercentEncoding: "有百分号编码不完整或不是有效的文字。"
            case .unknownField: "有字段名不属于此表单。"
            case .notURLEncoded: "内容不是表单编码。"
            case .notJSON: "内容不是有效的 JSON。"
            case .wrongValue(let field?): "字段 \(field) 缺失，或其值的类型或大小不对。"
            case .wrongValue(nil): "有字段的值类型或大小不对。"
            }
        }
    }
}
