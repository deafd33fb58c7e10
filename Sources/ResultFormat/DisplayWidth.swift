/// How many terminal columns text takes, so that table borders line up under Chinese names: East Asian Wide
/// and Fullwidth characters take two columns, combining marks and format characters none.
public enum DisplayWidth {
    /// Ranges of East Asian Wide and Fullwidth characters (Unicode UAX #11) that terminals draw double.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The columns one scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
        }
    }

    /// The columns a character takes: the sum over its scalars, so `e` plus a combining accent is one.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The columns a line of text takes.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
