import GraphModel
import GraphStore

/// Writes values as JSON by hand, because Foundation's encoder cannot tell `1` from `1.0` and the contract
/// needs both. Integers have no decimal point, floats always a point or an exponent, and `NaN`, `Infinity`
/// and `-Infinity` are bare tokens (not strict JSON, but what the contract asks for, and what Python's and
/// JavaScript's lenient readers accept). Separators are `", "` and `": "`, as in the contract's examples.
/// Maps have their keys sorted so output is the same on every run; graph elements are tagged `~type`
/// objects with their properties, which the store lists sorted.
struct JSONWriter {
    /// Where nodes and relationships are looked up.
    let store: GraphStore

    /// Appends one value.
    func write(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .float(let number): out += ValueText.float(number)
        case .string(let text): Self.write(text, to: &out)
        case .list(let items): writeArray(items, to: &out, element: write)
        case .map(let entries): writeObject(entries.sorted { $0.key < $1.key }, to: &out)
        case .node(let node): write(node, to: &out)
        case .relationship(let relationship): write(relationship, to: &out)
        case .path(let path): write(path, to: &out)
        }
    }

    /// Appends an object whose keys are written in the order given.
    func writeObject(_ entries: [(key: String, value: Value)], to out: inout String) {
        out += "{"
        for (offset, entry) in entries.enumerated() {
            if offset > 0 { out += ", " }
            Self.write(entry.key, to: &out)
            out += ": "
            write(entry.value, to: &out)
        }
        out += "}"
    }

    /// Appends an array, each element written by `element`.
    func writeArray<Element>(_ items: [Element], to out: inout String,
                             element: (Element, inout String) -> Void) {
        out += "["
        for (offset, item) in items.enumerated() {
            if offset > 0 { out += ", " }
            element(item, &out)
        }
        out += "]"
    }

    /// Appends a string literal. Quotes, backslashes and control characters are escaped (the common ones
    /// by their short forms, the rest as `\u00XX`); everything else, Chinese included, stays as UTF-8.
    static func write(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where scalar.value < 0x20: out += "\\u" + CypherSyntax.hex4(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    private func write(_ node: NodeID, to out: inout String) {
        out += "{\"~type\": \"node\", \"id\": \(node.index), \"labels\": "
        writeArray(store.labels(of: node), to: &out, element: Self.write)
        out += ", \"properties\": "
        writeObject(store.properties(of: node).filter { !$0.value.isNull }, to: &out)
        out += "}"
    }

    private func write(_ relationship: RelationshipID, to out: inout String) {
        out += "{\"~type\": \"relationship\", \"id\": \(relationship.index), \"type\": "
        Self.write(store.type(of: relationship), to: &out)
        out += ", \"start\": \(store.source(of: relationship).index), \"end\": \(store.target(of: relationship).index)"
        out += ", \"properties\": "
        writeObject(store.properties(of: relationship).filter { !$0.value.isNull }, to: &out)
        out += "}"
    }

    private func write(_ path: GraphPath, to out: inout String) {
        out += "{\"~type\": \"path\", \"nodes\": "
        writeArray(path.nodes, to: &out, element: write)
        out += ", \"relationships\": "
        writeArray(path.relationships, to: &out, element: write)
        out += "}"
    }
}
