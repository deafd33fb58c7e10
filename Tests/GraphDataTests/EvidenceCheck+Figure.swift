import Foundation
import GraphLoader

/// The library's evidence check applied to the data tests' figures, with problems at their CSV rows.
extension EvidenceCheck {
    /// Reads the documents the figures cite from the seeds folder.
    init(figures: [Figure], seeds: URL) {
        self.init(reading: Set(figures.map(\.document)), from: seeds)
    }

    func problems(_ figures: [Figure]) -> [Problem] {
        figures.compactMap { figure in
            problem(EvidenceClaim(id: figure.id, document: figure.document, line: figure.line, evidence: figure.evidence,
                                  value: figure.value, note: figure.note)).map { Problem(figure: figure, message: $0) }
        }
    }
}
