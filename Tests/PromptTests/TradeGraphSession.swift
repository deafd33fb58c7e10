import Foundation
import XCTest

/// Starts the real `tradegraph` (built beside `lineeditor-demo`) on the bundled graph under a pseudo-terminal,
/// with a private home and history, and waits for its prompt.
enum TradeGraphSession {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func start(home: URL, columns: UInt16 = 100) throws -> PseudoTerminal {
        let demo = try DemoSession.executable()
        let binary = URL(fileURLWithPath: demo).deletingLastPathComponent().appendingPathComponent("tradegraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("tradegraph is not built at \(binary)") }
        let terminal = try PseudoTerminal(
            executable: binary, arguments: ["--graph", repository.appendingPathComponent("Graph").path],
            environment: ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
                          "TRADEGRAPH_HISTORY": home.appendingPathComponent("history").path],
            columns: columns)
        terminal.expect("tradegraph> ")
        return terminal
    }
}
