extension WorkbookError {
    /// How a part fails to be well-formed XML (or the subset of it spreadsheet parts use).
    public enum XMLFault: Equatable, Sendable {
        /// Text other than whitespace outside the root element.
        case textOutsideRoot
        /// The part ends inside a tag.
        case endInsideTag
        /// The part ends inside a processing instruction.
        case endInsideProcessingInstruction
        /// The part ends inside a comment.
        case endInsideComment
        /// The part ends inside a CDATA section.
        case endInsideCDATA
        /// A CDATA section outside the root element.
        case cdataOutsideRoot
        /// A document type declaration, refused so that no entity is ever expanded.
        case doctype
        /// `<!` starting neither a comment nor a CDATA section.
        case unknownDeclaration
        /// A `<` inside a tag.
        case lessThanInTag
        /// The part ends with `element` still open.
        case unclosedElement(element: String)
        /// The part holds no element.
        case noRootElement
        /// An element after the root element.
        case elementAfterRoot
        /// Elements nested deeper than `limit`.
        case tooDeep(limit: Int)
        /// A `/` in a start tag not followed by `>`.
        case slashInTag(XMLByte)
        /// An attribute not preceded by a space.
        case noSpaceBeforeAttribute(XMLByte)
        /// No element name after `<`.
        case badElementName(XMLByte)
        /// No element name after `</`.
        case badEndElementName(XMLByte)
        /// An end tag with more than its name.
        case badEndTag(XMLByte)
        /// The end tag `found` where `open` is to be closed.
        case mismatchedEndTag(open: String, found: String)
        /// The end tag `found` after the root element closed.
        case endTagAfterRoot(found: String)
        /// More than `limit` attributes on one element.
        case tooManyAttributes(limit: Int)
        /// No attribute name where one is due.
        case badAttributeName(XMLByte)
        /// No `=` after an attribute name.
        case noEqualsSign(XMLByte)
        /// An attribute value without quotes.
        case unquotedAttribute(XMLByte)
        /// An attribute value whose quote never closes.
        case unclosedQuote
        /// A `<` inside an attribute value.
        case lessThanInAttribute
        /// Bytes that are not UTF-8.
        case notUTF8
        /// A `&` not starting a reference that ends in `;`.
        case unterminatedReference
        /// The character reference `&reference;` names no character XML allows.
        case invalidCharacterReference(reference: String)
        /// The entity `&entity;` is not one of the five predefined ones.
        case undefinedEntity(entity: String)
    }

    /// A byte where a tag has something else, as an error names it.
    public enum XMLByte: Equatable, Sendable, CustomStringConvertible {
        /// A printable ASCII character.
        case character(Character)
        /// Any other byte.
        case byte(UInt8)
        /// Nothing: the tag ends.
        case endOfTag

        /// `"x"`, `byte 0x1F` or `the end of the tag`.
        public var description: String {
            switch self {
            case .character(let character): "\"\(character)\""
            case .byte(let byte): "byte \(Self.hex(byte))"
            case .endOfTag: "the end of the tag"
            }
        }

        /// `character` (`x`), `byte` (`0x1F`) or `end_of_tag` (empty), whichever applies.
        public var values: [String: Value] {
            switch self {
            case .character(let character): ["character": .text(String(character))]
            case .byte(let byte): ["byte": .text(Self.hex(byte))]
            case .endOfTag: ["end_of_tag": .text("")]
            }
        }

        private static func hex(_ byte: UInt8) -> String {
            "0x" + String(byte, radix: 16, uppercase: true)
        }
    }
}
