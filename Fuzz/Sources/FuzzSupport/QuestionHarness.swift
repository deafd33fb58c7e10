import GraphLoader
import QueryExecutor
import Questions

/// Asks one fuzzed question of the bundled graph, as `:ask` does. Refusals are expected and ignored; a crash,
/// a hang or a leak is what the fuzzer looks for. Asking never writes, so one graph serves every input, and
/// the asker keeps what it built of the graph (names, figure index) from the first input on.
public final class QuestionHarness {
    private let asker: Asker

    /// Loads the bundled graph once.
    public init() {
        do {
            asker = try Asker(engine: QueryEngine(store: GraphLoader.load(folders: [Paths.bundledGraph])))
        } catch {
            fatalError("the bundled graph or the cue words do not load: \(error)")
        }
    }

    /// Asks `text`, ignoring refusals.
    public func ask(_ text: String) {
        _ = try? asker.ask(text, limit: 5)
    }
}
