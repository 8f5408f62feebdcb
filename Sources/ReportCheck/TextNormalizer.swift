/// Maps full-width digits and punctuation to their ASCII forms one character for one, so offsets stay.
enum TextNormalizer {
    static func normalize(_ text: String) -> [Character] {
        text.map(normalize)
    }

    static func normalize(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return character
        }
        switch scalar.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        case 0xFF0E: return "."
        case 0xFF05: return "%"
        case 0xFF08: return "（"
        case 0xFF09: return "）"
        case 0x3000, 0x00A0: return " "
        case 0x0028: return "（"
        case 0x0029: return "）"
        case 0x003A: return "："
        case 0x003B: return "；"
        default: return character
        }
    }
}
