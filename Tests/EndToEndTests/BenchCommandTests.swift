import Foundation
import XCTest

/// `tradegraph bench` as scripts run it: its own `--format` must reach it, although the root command has a
/// `--format` too, and `json` must print one JSON document.
final class BenchCommandTests: XCTestCase {
    private func bench(_ extra: [String]) throws -> TradeGraphProcess.Outcome {
        let root = TradeGraphProcess.root
        return try TradeGraphProcess.run(
            ["bench", "--graph", root.appendingPathComponent("Graph").path,
             "--queries", root.appendingPathComponent("Benchmarks/queries-bundled").path, "--runs", "2", "--warmups", "0"]
                + extra,
            in: root.path, environment: ["TRADEGRAPH_GRAPH": "", "NO_COLOR": ""])
    }

    func testJSONFormatPrintsOneDocumentWithEveryQuery() throws {
        for format in [["--format", "json"], ["--format=json"]] {
            let outcome = try bench(format)
            XCTAssertEqual(outcome.status, 0, outcome.error)
            let document = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
            let queries = try XCTUnwrap(document?["queries"] as? [String: Any], outcome.output)
            XCTAssertEqual(queries.keys.sorted(), ["B1-name-lookup", "B2-name-one-hop", "B3-members", "B4-full-scan"])
        }
    }

    func testTableIsTheDefaultAndOtherFormatsAreRefused() throws {
        XCTAssertTrue(try bench([]).output.hasPrefix("load "))
        let refused = try bench(["--format", "csv"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.error.contains("--format must be table or json"), refused.error)
    }
}
