import Foundation
import GraphLoader

/// The library's evidence check applied to the data tests' figures, with problems at their CSV rows.
extension EvidenceCheck {
    /// Reads the documents the figures cite from the seeds folder.
    init(figures: [Figure], seeds: URL) {
        self.init(reading: Set(figures.map(\.document)), from: seeds)
    }

    /// The problems of every figure; an N-fold increase written as such ("a 3.5-fold increase") states +N×100%.
    func problems(_ figures: [Figure], cues: CurationCues) -> [Problem] {
        figures.compactMap { figure in
            let claim = EvidenceClaim(id: figure.id, document: figure.document, line: figure.line, evidence: figure.evidence,
                                      value: figure.value, note: figure.note)
            return problem(claim) { claim in cues.foldMultiple(in: claim.evidence).map { $0 * 100 == abs(claim.value) } ?? false }
                .map { Problem(figure: figure, message: $0) }
        }
    }
}
