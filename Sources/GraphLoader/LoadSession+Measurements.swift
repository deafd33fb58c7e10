import GraphModel
import GraphStore

/// Measurements: one node per figure, checked against the vocabularies, linked to its dimensions,
/// reporter, source and speaker.
extension LoadSession {
    /// The longest evidence excerpt, in characters.
    static let evidenceLimit = 200

    func addMeasurement(_ row: TableRow, file: String) {
        let keys = measurementKeys
        var valid = checkNewID(row, file: file)
        var properties: [(key: PropertyKey, value: Value)] = [(keys.id, .string(row.text("id")))]
        valid = word(row, "metric", keys.metric, WordList.metric, required: true, file: file, into: &properties) && valid
        valid = word(row, "unit", keys.unit, WordList.unit, required: true, file: file, into: &properties) && valid
        valid = word(row, "flow", keys.flow, WordList.flow, required: false, file: file, into: &properties) && valid
        valid = approximation(row, file: file, into: &properties) && valid
        valid = period(row, file: file, into: &properties) && valid
        valid = numbers(row, file: file, into: &properties) && valid
        valid = evidence(row, file: file, into: &properties) && valid
        let note = row.text("note")
        if !note.isEmpty { properties.append((keys.note, .string(note))) }
        guard let links = links(row, file: file), valid else { return }
        let node: NodeID
        do { node = try store.createNode(labels: ["Measurement"], keyed: properties) } catch {
            self.error(file, row.line, 1, error.description)
            return
        }
        measurementIDs.insert(row.text("id"))
        measurementOrigins.append(MeasurementOrigin(file: Int32(filePaths.count - 1), line: Int32(row.line)))
        for (type, target) in links {
            do { try store.createRelationship(from: node, to: target, type: keys.linkType(type)) } catch {
                self.error(file, row.line, 1, error.description)
            }
        }
    }

    /// The relationships of a measurement: reporter (china by default), dimensions, source, speaker.
    private func links(_ row: TableRow, file: String) -> [(String, NodeID)]? {
        var links: [(String, NodeID)] = []
        var valid = true
        if row.text("reporter").isEmpty {
            if let china = ids["china"], china.label == "Economy" { links.append(("REPORTER", china.node)) } else {
                error(file, row.line, row.column(of: "reporter"), "an empty reporter means 'china', but the graph has no Economy 'china'")
                valid = false
            }
        }
        for link in MeasurementLink.all where !row.text(link.column).isEmpty {
            if let node = reference(row, link.column, labels: link.labels, file: file) { links.append((link.type, node)) } else { valid = false }
        }
        return valid ? links : nil
    }

    private func word(_ row: TableRow, _ column: String, _ key: PropertyKey, _ list: WordList, required: Bool,
                      file: String, into properties: inout [(key: PropertyKey, value: Value)]) -> Bool {
        let text = row.text(column)
        if text.isEmpty && !required { return true }
        guard list.set.contains(text) else {
            let words = list.words
            let hint = Suggestion.hint(for: text, among: words)
            let message = text.isEmpty ? "missing \(column)" : "unknown \(column) '\(text)'\(hint)"
            error(file, row.line, row.column(of: column), message + " (one of: \(words.joined(separator: ", ")))")
            return false
        }
        properties.append((key, .string(text)))
        return true
    }

    /// `approx` is a qualifier word. `true`, which the benchmark generator writes, is read as `about`.
    private func approximation(_ row: TableRow, file: String, into properties: inout [(key: PropertyKey, value: Value)]) -> Bool {
        let text = row.text("approx")
        guard text != "true" else {
            properties.append((measurementKeys.approx, .string(Approximation.about.rawValue)))
            return true
        }
        return word(row, "approx", measurementKeys.approx, WordList.approximation, required: false, file: file, into: &properties)
    }

    private func period(_ row: TableRow, file: String, into properties: inout [(key: PropertyKey, value: Value)]) -> Bool {
        let text = row.text("period")
        do throws(PeriodError) {
            let forms: PeriodForms
            if let known = periodForms[text] { forms = known } else {
                forms = PeriodForms(try Period(parsing: text))
                periodForms[text] = forms
            }
            let keys = measurementKeys
            properties += [(keys.period, .string(forms.canonical)), (keys.start, .string(forms.start)), (keys.end, .string(forms.end))]
            return true
        } catch {
            self.error(file, row.line, row.column(of: "period"), error.description)
            return false
        }
    }

    private func numbers(_ row: TableRow, file: String, into properties: inout [(key: PropertyKey, value: Value)]) -> Bool {
        var valid = true
        let value = row.text("value")
        if FieldSyntax.isPlainDecimal(value.utf8), let number = Double(value) {
            properties.append((measurementKeys.value, .float(number)))
        } else {
            error(file, row.line, row.column(of: "value"), "invalid value '\(value)': expected a plain decimal number such as 45470000000000 or -2.3")
            valid = false
        }
        let line = row.text("line")
        if let number = Int64(line), number > 0 {
            properties.append((measurementKeys.line, .int(number)))
        } else if !line.isEmpty {
            error(file, row.line, row.column(of: "line"), "invalid line '\(line)': expected a line number from 1")
            valid = false
        }
        return valid
    }

    private func evidence(_ row: TableRow, file: String, into properties: inout [(key: PropertyKey, value: Value)]) -> Bool {
        let text = row.text("evidence")
        guard !text.isEmpty else { return true }
        // A character takes at least one byte: only a longer text needs its characters counted.
        let length = text.utf8.count <= Self.evidenceLimit ? 0 : text.count
        guard length <= Self.evidenceLimit else {
            error(file, row.line, row.column(of: "evidence"), "evidence is \(length) characters long; at most \(Self.evidenceLimit): quote the shortest excerpt that states the figure")
            return false
        }
        properties.append((measurementKeys.evidence, .string(text)))
        return true
    }
}

/// The property values of a period text: a million measurements name a few hundred distinct periods, so each
/// is parsed once.
struct PeriodForms {
    let canonical: String, start: String, end: String

    init(_ period: Period) {
        canonical = period.description
        start = period.firstDay.description
        end = period.lastDay.description
    }
}
