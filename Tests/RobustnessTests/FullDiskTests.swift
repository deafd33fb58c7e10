import Foundation
import GraphLoader
import Shell
import XCTest

#if os(Linux)
import Glibc

/// `:save` and `:export` onto a disk that fills up part way: a file size limit makes `write` fail as a full
/// disk would, even for root. The command fails with a message and the previous folder or file is intact.
final class FullDiskTests: XCTestCase {
    func testFailedSaveAndExportKeepThePreviousFolderAndFile() throws {
        let folder = try TemporaryFolder()
        var messages = ""
        let console = Console(standardOutput: { messages += $0 }, standardError: { messages += $0 })
        let small = ShellSession(store: try GraphLoader.load(folders: []), mode: .script, console: console)
        XCTAssertTrue(small.run(script: "CREATE (:Partner {id: 'laos', name: 'Laos'});\n:save \(folder.path("graph"))", file: nil),
                      messages)
        try folder.write("g.dot", Data("digraph { old }\n".utf8))
        let before = try folder.snapshot()

        let session = ShellSession(store: try GraphLoader.load(folders: [TradeGraphBinary.graph]), mode: .script, console: console)
        session.continueOnError = true
        messages = ""
        let succeeded = withFileSizeLimit(4096) {
            session.run(script: ":save \(folder.path("graph"))\n:export dot \(folder.path("g.dot")) --around ASEAN --depth 2",
                        file: "s.cypher")
        }
        XCTAssertFalse(succeeded)
        XCTAssertTrue(messages.hasPrefix("s.cypher:1:1: cannot write '\(folder.path("graph"))/"), messages)
        XCTAssertTrue(messages.contains("File too large"), messages)
        XCTAssertTrue(messages.contains("s.cypher:2:1: cannot write '\(folder.path("g.dot"))'"), messages)
        XCTAssertEqual(try folder.snapshot(), before, "the old folder and file are intact, no temporary left")
    }

    /// Runs `body` with files limited to `bytes`, ignoring the signal that would otherwise kill the process.
    private func withFileSizeLimit<T>(_ bytes: rlim_t, _ body: () -> T) -> T {
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        var limited = saved
        limited.rlim_cur = bytes
        let previousHandler = signal(SIGXFSZ, SIG_IGN)
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limited)
        defer {
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
            signal(SIGXFSZ, previousHandler)
        }
        return body()
    }
}
#endif
