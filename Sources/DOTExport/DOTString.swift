/// DOT's quoted strings, built so that any text, whatever it contains, is shown exactly as written.
///
/// Everything DOT emits from user text goes through here: ids and labels are always quoted (so `node`,
/// `graph`, `strict` and `1abc` are plain names), `"` and `\` are escaped, line breaks become Graphviz's
/// `\n`, `&` becomes `&amp;` (Graphviz decodes entities such as `&lt;` in labels), other control characters
/// become spaces. Labels are never HTML-like (`<...>`), so `<b>` in a name is text, not markup.
enum DOTString {
    /// How a line of a label is aligned: Graphviz ends each line with `\n`, `\l` or `\r`.
    enum Alignment: String {
        case center = "\\n"
        case left = "\\l"
    }

    /// `text` quoted.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// Lines quoted as one label, each with its alignment. A last centred line needs no terminator, and
    /// leaving it out keeps the common one-line label plain (`"Germany"`).
    static func label(_ lines: [(text: String, alignment: Alignment)]) -> String {
        let body = lines.enumerated().map { index, line in
            let isLast = index == lines.count - 1
            return escaped(line.text) + (isLast && line.alignment == .center ? "" : line.alignment.rawValue)
        }
        return "\"" + body.joined() + "\""
    }

    /// The text's characters escaped for the inside of a quoted string.
    static func escaped(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if previous != "\r" { out += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return out
    }
}
