import XCTest

/// A test of the built binary run in a fresh folder of its own, with no graph chosen by the user's environment
/// (`TRADEGRAPH_GRAPH`) and no colour, as the end-to-end tests run it.
class BinaryTestCase: XCTestCase {
    /// The folder each test runs in.
    var folder: TemporaryFolder!
    /// The environment every run starts from; a test adds to it.
    static let plainEnvironment = ["TRADEGRAPH_GRAPH": "", "NO_COLOR": ""]

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    /// Runs `tradegraph` with `arguments` in the test's folder.
    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> TradeGraphProcess.Outcome {
        try TradeGraphProcess.run(arguments, input: input, in: folder.path,
                                  environment: Self.plainEnvironment.merging(environment) { $1 })
    }
}
