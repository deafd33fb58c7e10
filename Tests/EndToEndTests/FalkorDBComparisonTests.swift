import Foundation
import QueryLexer
import XCTest

/// The way out to a server engine, tested: the bundled graph exported with `:export cypher` loads into
/// FalkorDB unchanged, and every statement of `Examples/` that uses no domain function (`period.*`, `fmt.*`)
/// gives there the answer tradegraph gives.
final class FalkorDBComparisonTests: XCTestCase {
    private let root = TradeGraphProcess.root
    private let environment = ["TRADEGRAPH_GRAPH": "", "NO_COLOR": ""]

    func testTheExportedGraphAnswersTheExamplesInFalkorDBAsInTradegraph() throws {
        let python = try FalkorDBEnvironment.python()
        let folder = try TemporaryFolder()
        let graph = root.appendingPathComponent("Graph").path
        let export = try TradeGraphProcess.run(["--graph", graph, "-c", ":export cypher graph.cypher"], in: folder.path,
                                               environment: environment)
        XCTAssertEqual(export.status, 0, export.error)
        let cases = try exampleCases(graph: graph, in: folder)
        XCTAssertGreaterThanOrEqual(cases.count, 3, "too few example statements without domain functions")
        try JSONSerialization.data(withJSONObject: cases).write(to: URL(fileURLWithPath: folder.path("cases.json")))
        let script = root.appendingPathComponent("Tests/EndToEndTests/FalkorDB/compare.py").path
        let compared = try FalkorDBEnvironment.run(python, [script, folder.path("graph.cypher"), folder.path("cases.json")])
        XCTAssertEqual(compared.status, 0, compared.output)
        XCTAssertTrue(compared.output.contains("loaded 877 nodes and 2713 relationships"), compared.output)
        XCTAssertEqual(compared.output.components(separatedBy: "\nsame ").count - 1, cases.count, compared.output)
    }

    /// Each statement of the examples without a domain function, with the parameters set before it and
    /// tradegraph's answer.
    private func exampleCases(graph: String, in folder: TemporaryFolder) throws -> [[String: Any]] {
        let examples = root.appendingPathComponent("Examples")
        var cases: [[String: Any]] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where name.hasSuffix(".cypher") {
            let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
            var parameters: [String] = []
            for item in ScriptSplitter.split(text) {
                switch item {
                case .command(let command, _) where command.hasPrefix(":param "):
                    parameters.append(command)
                case .command:
                    continue
                case .statement(let statement, let location):
                    guard statement.range(of: #"\b(period|fmt)\.[a-z_]+\s*\("#, options: .regularExpression) == nil else { continue }
                    let script = try folder.write("case.cypher", (parameters + [statement + ";"]).joined(separator: "\n"))
                    let run = try TradeGraphProcess.run(["--graph", graph, "--format", "json", "-f", script], in: folder.path,
                                                        environment: environment)
                    XCTAssertEqual(run.status, 0, "\(name):\(location.line): \(run.error)")
                    cases.append(["name": "\(name):\(location.line)", "statement": statement,
                                  "params": try values(of: parameters, graph: graph, in: folder),
                                  "ordered": statement.uppercased().contains("ORDER BY"),
                                  "answer": try JSONSerialization.jsonObject(with: Data(run.output.utf8))])
                }
            }
        }
        return cases
    }

    /// The parameters' values as tradegraph evaluates them, by name.
    private func values(of parameters: [String], graph: String, in folder: TemporaryFolder) throws -> [String: Any] {
        var values: [String: Any] = [:]
        for command in parameters {
            let parts = command.dropFirst(":param ".count).components(separatedBy: "=>")
            let name = parts[0].trimmingCharacters(in: .whitespaces), expression = parts.dropFirst().joined(separator: "=>")
            let run = try TradeGraphProcess.run(["--graph", graph, "--format", "json", "-c", "RETURN \(expression) AS v"],
                                                in: folder.path, environment: environment)
            let answer = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
            values[name] = ((answer?["rows"] as? [[Any]])?.first?.first) ?? NSNull()
        }
        return values
    }
}
