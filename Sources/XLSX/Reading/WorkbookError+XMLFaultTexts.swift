extension WorkbookError.XMLFault {
    /// The stable snake_case name of the fault, such as `doctype`.
    public var code: String {
        switch self {
        case .textOutsideRoot: "text_outside_root"
        case .endInsideTag: "end_inside_tag"
        case .endInsideProcessingInstruction: "end_inside_processing_instruction"
        case .endInsideComment: "end_inside_comment"
        case .endInsideCDATA: "end_inside_cdata"
        case .cdataOutsideRoot: "cdata_outside_root"
        case .doctype: "doctype"
        case .unknownDeclaration: "unknown_declaration"
        case .lessThanInTag: "less_than_in_tag"
        case .unclosedElement: "unclosed_element"
        case .noRootElement: "no_root_element"
        case .elementAfterRoot: "element_after_root"
        case .tooDeep: "too_deep"
        case .slashInTag: "slash_in_tag"
        case .noSpaceBeforeAttribute: "no_space_before_attribute"
        case .badElementName: "bad_element_name"
        case .badEndElementName: "bad_end_element_name"
        case .badEndTag: "bad_end_tag"
        case .mismatchedEndTag: "mismatched_end_tag"
        case .endTagAfterRoot: "end_tag_after_root"
        case .tooManyAttributes: "too_many_attributes"
        case .badAttributeName: "bad_attribute_name"
        case .noEqualsSign: "no_equals_sign"
        case .unquotedAttribute: "unquoted_attribute"
        case .unclosedQuote: "unclosed_quote"
        case .lessThanInAttribute: "less_than_in_attribute"
        case .notUTF8: "not_utf8"
        case .unterminatedReference: "unterminated_reference"
        case .invalidCharacterReference: "invalid_character_reference"
        case .undefinedEntity: "undefined_entity"
        }
    }

    /// The fault's own values: the element, tag, reference or byte concerned, or the limit passed.
    public var values: [String: WorkbookError.Value] {
        switch self {
        case .unclosedElement(let element): ["element": .text(element)]
        case .tooDeep(let limit), .tooManyAttributes(let limit): ["limit": .number(limit)]
        case .slashInTag(let byte), .noSpaceBeforeAttribute(let byte), .badElementName(let byte),
            .badEndElementName(let byte), .badEndTag(let byte), .badAttributeName(let byte), .noEqualsSign(let byte),
            .unquotedAttribute(let byte):
            byte.values
        case .mismatchedEndTag(let open, let found): ["open": .text(open), "found": .text(found)]
        case .endTagAfterRoot(let found): ["found": .text(found)]
        case .invalidCharacterReference(let reference): ["reference": .text(reference)]
        case .undefinedEntity(let entity): ["entity": .text(entity)]
        default: [:]
        }
    }

    /// What the tokenizer expected, in English.
    public var expected: String {
        switch self {
        case .textOutsideRoot: "only whitespace outside the root element"
        case .endInsideTag: "the end of a tag"
        case .endInsideProcessingInstruction: "the end of a processing instruction"
        case .endInsideComment: "the end of a comment"
        case .endInsideCDATA: "the end of a CDATA section"
        case .cdataOutsideRoot, .noRootElement: "a root element"
        case .doctype: "no document type declaration"
        case .unknownDeclaration: "a comment or CDATA section after <!"
        case .lessThanInTag: "> ending the tag"
        case .unclosedElement(let element): "</\(element)>"
        case .elementAfterRoot: "nothing after the root element"
        case .tooDeep(let limit): "at most \(limit) nested elements"
        case .slashInTag: "> after / in a tag"
        case .noSpaceBeforeAttribute: "a space before an attribute"
        case .badElementName: "an element name after <"
        case .badEndElementName: "an element name after </"
        case .badEndTag: "> ending the end tag"
        case .mismatchedEndTag(let open, _): "</\(open)>"
        case .endTagAfterRoot: "no end tag after the root element"
        case .tooManyAttributes(let limit): "at most \(limit) attributes"
        default: attributeExpected
        }
    }

    private var attributeExpected: String {
        switch self {
        case .badAttributeName: "an attribute name"
        case .noEqualsSign: "= after an attribute name"
        case .unquotedAttribute: "a quoted attribute value"
        case .unclosedQuote: "a closing quote"
        case .lessThanInAttribute: "an attribute value without <"
        case .notUTF8: "UTF-8 text"
        case .unterminatedReference: "an entity or character reference ending in ;"
        case .invalidCharacterReference: "a character reference to a valid XML character"
        case .undefinedEntity: "one of the predefined entities &amp; &lt; &gt; &quot; &apos;"
        default: ""
        }
    }

    /// What the tokenizer found instead, in English, before its position.
    public var found: String {
        switch self {
        case .textOutsideRoot: "text"
        case .endInsideTag, .endInsideProcessingInstruction, .endInsideComment, .endInsideCDATA, .unclosedElement:
            "the end of the part"
        case .cdataOutsideRoot: "a CDATA section"
        case .doctype: "a DOCTYPE declaration (refused: entity expansion)"
        case .unknownDeclaration: "something else"
        case .lessThanInTag, .lessThanInAttribute: "<"
        case .unterminatedReference: "&"
        case .noRootElement: "no element"
        case .elementAfterRoot: "another element"
        case .tooDeep: "deeper nesting"
        case .slashInTag(let byte), .noSpaceBeforeAttribute(let byte), .badElementName(let byte),
            .badEndElementName(let byte), .badEndTag(let byte), .badAttributeName(let byte), .noEqualsSign(let byte),
            .unquotedAttribute(let byte):
            byte.description
        case .mismatchedEndTag(_, let found), .endTagAfterRoot(let found): "</\(found)>"
        case .tooManyAttributes: "more"
        case .unclosedQuote: "none"
        case .notUTF8: "bytes that are not UTF-8"
        case .invalidCharacterReference(let reference): "&\(reference);"
        case .undefinedEntity(let entity): "the undefined entity &\(entity);"
        }
    }
}
