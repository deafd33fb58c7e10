import GraphModel
import GraphStore

/// Sources, entities and relations: the rows that define ids and link them.
extension LoadSession {
    func addSource(_ row: TableRow, file: String) {
        guard checkNewID(row, file: file) else { return }
        if let date = row.field("date"), !date.text.isEmpty, !isDay(date.text) {
            error(file, date.line, date.column, "invalid date '\(date.text)': expected an ISO date like 2026-01-14")
        }
        let properties = TableKind.sources.columns.map { (key: $0, value: Value.string(row.text($0))) }
            .filter { !($0.value.stringValue ?? "").isEmpty }
        create(row, label: "Source", properties: properties, file: file)
    }

    func addEntity(_ row: TableRow, file: String) {
        let label = row.text("label"), name = row.text("name")
        var valid = checkNewID(row, file: file)
        if !EntityLabel.all.contains(label) {
            let hint = Suggestion.hint(for: label, among: EntityLabel.all)
            error(file, row.line, row.column(of: "label"), "unknown label '\(label)'\(hint)")
            valid = false
        }
        if name.isEmpty {
            error(file, row.line, row.column(of: "name"), "an entity needs a name")
            valid = false
        } else if let first = names[label + "\u{0}" + name] {
            error(file, row.line, row.column(of: "name"), "the \(label) name '\(name)' is already used at \(first.file):\(first.line)")
            valid = false
        } else {
            names[label + "\u{0}" + name] = (file, row.line)
        }
        guard valid else { return }
        let aliases = row.text("aliases").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { Value.string($0) }
        var properties: [(key: String, value: Value)] = ["id", "name", "name_zh", "description"]
            .map { (key: $0, value: Value.string(row.text($0))) }.filter { !($0.value.stringValue ?? "").isEmpty }
        if !aliases.isEmpty { properties.append((key: "aliases", value: .list(aliases))) }
        create(row, label: label, properties: properties, file: file)
    }

    func addRelation(_ row: TableRow, file: String) {
        let type = row.text("type")
        let from = reference(row, "from", labels: nil, file: file)
        let to = reference(row, "to", labels: nil, file: file)
        var valid = from != nil && to != nil
        if !isRelationshipType(type) {
            error(file, row.line, row.column(of: "type"), "relationship type '\(type)' must be UPPER_SNAKE_CASE, e.g. MEMBER_OF")
            valid = false
        }
        if !row.text("source").isEmpty && reference(row, "source", labels: ["Source"], file: file) == nil { valid = false }
        guard valid, let from, let to else { return }
        let properties = ["source", "note"].map { (key: $0, value: Value.string(row.text($0))) }
            .filter { !($0.value.stringValue ?? "").isEmpty }
        createRelationship(from, to, type, properties, row: row, file: file)
    }

    /// Checks that a row's `id` is a slug not used before; reports and returns false otherwise.
    func checkNewID(_ row: TableRow, file: String) -> Bool {
        let id = row.text("id")
        guard FieldSyntax.isSlug(id.utf8) else {
            error(file, row.line, row.column(of: "id"), "invalid id '\(id)': ids are slugs of a-z, 0-9 and '-', starting with a letter or digit")
            return false
        }
        if let first = ids[id] {
            error(file, row.line, row.column(of: "id"), "duplicate id '\(id)': already defined at \(first.file):\(first.line)")
            return false
        }
        if let number = measurementIDs.index(of: id) {
            let first = measurementOrigins[number]
            error(file, row.line, row.column(of: "id"), "duplicate id '\(id)': already defined at \(filePaths[Int(first.file)]):\(first.line)")
            return false
        }
        return true
    }

    /// Resolves an id column to a node of one of the allowed labels (`nil`: any entity or source), reporting
    /// unknown ids with the closest known one.
    func reference(_ row: TableRow, _ column: String, labels: Set<String>?, file: String) -> NodeID? {
        let id = row.text(column)
        let place = row.column(of: column)
        guard let registered = ids[id] else {
            let candidates = ids.lazy.filter { labels?.contains($0.value.label) ?? true }.map(\.key)
            let what = labels == ["Source"] ? "source" : "entity"
            error(file, row.line, place, "unknown \(what) '\(id)' in column \(column)\(Suggestion.hint(for: id, among: candidates))")
            return nil
        }
        if let labels, !labels.contains(registered.label) {
            let expected = labels.sorted().joined(separator: " or ")
            let article = "AEIOU".contains(registered.label.prefix(1)) ? "an" : "a"
            error(file, row.line, place, "'\(id)' in column \(column) is \(article) \(registered.label); expected \(expected)")
            return nil
        }
        return registered.node
    }

    @discardableResult
    func create(_ row: TableRow, label: String, properties: [(key: String, value: Value)], file: String) -> NodeID? {
        do {
            let node = try store.createNode(labels: [label], properties: properties)
            ids[row.text("id")] = Registered(node: node, label: label, file: file, line: row.line)
            return node
        } catch {
            self.error(file, row.line, 1, error.description)
            return nil
        }
    }

    func createRelationship(_ from: NodeID, _ to: NodeID, _ type: String, _ properties: [(key: String, value: Value)],
                            row: TableRow, file: String) {
        do {
            try store.createRelationship(from: from, to: to, type: type, properties: properties)
        } catch {
            self.error(file, row.line, 1, error.description)
        }
    }

    private func isRelationshipType(_ text: String) -> Bool {
        guard let first = text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return false }
        return text.utf8.allSatisfy {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }

    func isDay(_ text: String) -> Bool {
        guard text.count == 10, let period = try? Period(parsing: text) else { return false }
        return period.firstDay == period.lastDay
    }
}
