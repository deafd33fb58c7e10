import Foundation
import XCTest

/// `?QUESTION` and `:ask` at the real prompt, under a pseudo-terminal: a question runs at Enter (no `;`), the
/// answer is a card, and a refusal leaves the prompt working.
final class AskPromptTests: XCTestCase {
    private let home = DemoSession.makeHomeURL()
    private var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func start() throws -> PseudoTerminal {
        let demo = try DemoSession.executable()
        let binary = URL(fileURLWithPath: demo).deletingLastPathComponent().appendingPathComponent("tradegraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("tradegraph is not built at \(binary)") }
        let terminal = try PseudoTerminal(
            executable: binary, arguments: ["--graph", repository.appendingPathComponent("Graph").path],
            environment: ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
                          "TRADEGRAPH_HISTORY": home.appendingPathComponent("history").path],
            columns: 100)
        terminal.expect("tradegraph> ")
        return terminal
    }

    func testAQuestionRunsAtEnterAndARefusalKeepsThePrompt() throws {
        let terminal = try start()
        terminal.type("?EU growth Q1 2025\r")
        terminal.expect("understood: European Union")
        terminal.expect("q125-l88-4")
        terminal.expect("openCypher:")
        terminal.expect("tradegraph> ")
        terminal.type(":ask MATCH (n) RETURN n\r")
        terminal.expect("looks like openCypher")
        terminal.expect("tradegraph> ")
        terminal.type("?2025年我国对东盟进出口是多少\r")
        terminal.expect("ASEAN · total trade · value · 2025")
        terminal.expect("tradegraph> ")
    }
}
