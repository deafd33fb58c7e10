import Foundation
import GraphLoader

/// Loads a small valid graph folder in which one table file is replaced by the fuzz input, so that every
/// input reaches the loader's checks for that kind of file with the other tables present to refer to.
///
/// A graph that loads must also survive `:save`: it is written back with `GraphWriter` and loaded again,
/// and a failure there is a crash, because the shell would refuse to save a graph it accepted.
public final class TableHarness {
    /// The four kinds of table file.
    public enum Kind: String, CaseIterable, Sendable {
        case sources, entities, relations, measurements
    }

    private let kind: Kind
    private let folder: String
    private let saved: String

    /// Writes the fixed tables into a scratch folder; `kind`'s file is written per input.
    public init(_ kind: Kind) {
        self.kind = kind
        let scratch = Paths.scratchFolder(kind.rawValue)
        folder = scratch + "/graph"
        saved = scratch + "/saved"
        for path in [folder, saved] { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        for other in Kind.allCases where other != kind {
            write(Data(SmallGraph.table(other).utf8), to: "\(folder)/\(other.rawValue).csv")
        }
    }

    /// Loads the folder with `bytes` as the fuzzed table; returns once the loader's threads have ended (see
    /// `Quiescence`).
    public func run(_ bytes: Data) {
        Quiescence.run { load(bytes) }
    }

    private func load(_ bytes: Data) {
        write(bytes, to: "\(folder)/\(kind.rawValue).csv")
        guard let store = try? GraphLoader.load(folders: [folder]) else { return }
        do { try GraphWriter(store).write(into: saved) } catch { fatalError("cannot write the graph back: \(error)") }
        do { _ = try GraphLoader.load(folders: [saved]) } catch {
            fatalError("a graph that loaded does not load once saved: \(error.errors.prefix(3))")
        }
    }

    private func write(_ bytes: Data, to path: String) {
        guard FileManager.default.createFile(atPath: path, contents: bytes) else { fatalError("cannot write \(path)") }
    }
}
