import Foundation
import GraphLoader
import GraphStore
import TradeText

/// A reader over the bundled graph's names and the bundled cue words, loaded once for all tests, as the program reads.
enum BundledReader {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    nonisolated(unsafe) private static var cached: TradeTextReader?

    /// The reader; the bundled graph must load and the lexicon must be readable.
    static func reader() throws -> TradeTextReader {
        if let cached { return cached }
        let store = try GraphLoader.load(folders: [root.appendingPathComponent("Graph").path])
        let lexicon = try Lexicon.bundled()
        let reader = TradeTextReader(lexicon: lexicon, gazetteer: Gazetteer(store: store, lexicon: lexicon))
        cached = reader
        return reader
    }

    /// The bundled graph's reference: sources up to 2026-01-14, figures up to 2025.
    static let reference = PeriodReference(currentYear: 2026, bareYear: 2025, basis: "test reference")
}
