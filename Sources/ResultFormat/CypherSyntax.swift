/// The bits of openCypher literal syntax that value text needs, so a value copied out of a table can be
/// pasted back into a query (and a graph exported as a script, `CypherExport`, runs in another engine).
public enum CypherSyntax {
    /// A string in single quotes, with the escapes openCypher reads back.
    public static func quoted(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }

    /// A label, type or key as written in a query: bare when it is a plain identifier, else in backquotes.
    public static func name(_ name: String) -> String {
        isPlainIdentifier(name) ? name : "`" + name.replacing("`", with: "``") + "`"
    }

    /// Four uppercase hex digits, zero-padded, for `\uXXXX` escapes.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
