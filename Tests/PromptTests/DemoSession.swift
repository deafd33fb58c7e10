import Foundation
import XCTest

/// Starts `lineeditor-demo` (built next to the test bundle) under a pseudo-terminal with a UTF-8
/// locale, `TERM=xterm` and a private home folder and history file.
struct DemoSession {
    /// A new, not yet created, temporary home folder for one test.
    static func makeHomeURL() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("lineeditor-prompt-\(UUID().uuidString)", isDirectory: true)
    }

    /// The demo program's path: `$LINEEDITOR_DEMO`, else next to the running test executable.
    static func executable() throws -> String {
        if let path = ProcessInfo.processInfo.environment["LINEEDITOR_DEMO"] { return path }
        let testBinary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        // The xctest bundle may be a folder (…/X.xctest/…) on some layouts; climb to the build folder.
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("lineeditor-demo").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw XCTSkip("lineeditor-demo is not built next to \(testBinary); build it or set LINEEDITOR_DEMO")
    }

    /// Starts the demo with its history in `home/history` (via TRADEGRAPH_HISTORY) and waits for the prompt.
    static func start(home: URL, columns: UInt16 = 100) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: try executable(),
            environment: [
                "HOME": home.path,
                "TERM": "xterm",
                "LANG": "C.UTF-8",
                "PATH": "/usr/bin:/bin",
                "TRADEGRAPH_HISTORY": home.appendingPathComponent("history").path,
            ],
            columns: columns)
        terminal.expect("demo> ")
        return terminal
    }
}
