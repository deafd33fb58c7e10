import Foundation
import GraphLoader

/// Nothing left out: every number a document writes in digits is in the evidence of a row at its line, or is
/// listed in `Graph/left-out.tsv` with the rule of `Graph/README.md` ("What is a figure") that leaves it out.
/// Years (1900–2099) are dates and need no entry; a document listed with line `*` (the Chinese-English twin
/// of another) is not read.
struct CoverageCheck {
    /// A number the check found wrong, at its document line.
    struct Gap: Equatable, CustomStringConvertible {
        let document: String
        let line: Int
        let message: String
        var description: String { "\(document):\(line): \(message)" }
    }

    /// Document → line → the numbers listed as left out there.
    private var leftOut: [String: [Int: [Double]]] = [:]
    /// Documents not read at all.
    private var skipped: Set<String> = []

    /// Parses `document<TAB>line<TAB>numbers<TAB>rule<TAB>why` lines; `#` starts a comment line.
    init(leftOut text: String) throws {
        for (number, line) in text.components(separatedBy: "\n").enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == 5, !fields[3].isEmpty, !fields[4].isEmpty else {
                throw GraphDataError("left-out.tsv:\(number + 1): expected document, line, numbers, rule and why separated by tabs")
            }
            if fields[1] == "*" { skipped.insert(fields[0]); continue }
            guard let documentLine = Int(fields[1]) else { throw GraphDataError("left-out.tsv:\(number + 1): line '\(fields[1])' is no number") }
            leftOut[fields[0], default: [:]][documentLine, default: []] += StatedNumber.numbers(in: fields[2]).map(\.value)
        }
    }

    /// The gaps of these documents (name → lines), given the figures that cite them.
    func gaps(documents: [String: [String]], figures: [Figure]) -> (checked: Int, gaps: [Gap]) {
        var stated: [String: [Int: Set<Double>]] = [:]
        for figure in figures {
            stated[figure.document, default: [:]][figure.line, default: []].formUnion(StatedNumber.numbers(in: figure.evidence).map(\.value))
        }
        var checked = 0
        var gaps: [Gap] = []
        for (document, lines) in documents.sorted(by: { $0.key < $1.key }) where !skipped.contains(document) {
            for (index, text) in lines.enumerated() {
                let written = StatedNumber.numbers(in: text).filter { !Self.isYear($0) }.map(\.value)
                let listed = leftOut[document]?[index + 1] ?? []
                checked += written.count
                for number in written where !(stated[document]?[index + 1]?.contains(number) ?? false) && !listed.contains(number) {
                    gaps.append(Gap(document: document, line: index + 1, message: "\(EvidenceCheck.plain(number)) is in no row's evidence and not in Graph/left-out.tsv"))
                }
                for number in listed where !written.contains(number) {
                    gaps.append(Gap(document: document, line: index + 1, message: "left-out.tsv lists \(EvidenceCheck.plain(number)), which the line does not write"))
                }
            }
        }
        return (checked, gaps)
    }

    private static func isYear(_ number: (value: Double, decimals: Int)) -> Bool {
        number.decimals == 0 && number.value >= 1900 && number.value <= 2099
    }
}
