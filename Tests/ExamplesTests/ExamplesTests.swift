import Foundation
import XCTest

/// Runs every script in `Examples/` as a user would (`tradegraph -f Examples/NAME.cypher`, no terminal) and
/// compares what it prints with `Examples/NAME.expected`, and every file it writes (a DOT export) with
/// `Examples/FILE.expected`. With `UPDATE_EXPECTED=1` in the environment the expected files are rewritten
/// instead; review the change before committing it.
final class ExamplesTests: XCTestCase {
    /// The repository root, from this file's place in `Tests/ExamplesTests/`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Examples")
    static var updating: Bool { !(ProcessInfo.processInfo.environment["UPDATE_EXPECTED"] ?? "").isEmpty }

    /// Every script, by file name.
    static func scripts() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".cypher") }.sorted()
    }

    func testEveryExampleOpensWithItsQuestionAndThereAreEnoughOfThem() throws {
        let scripts = try Self.scripts()
        XCTAssertGreaterThanOrEqual(scripts.count, 15)
        for script in scripts {
            let text = try String(contentsOf: Self.examples.appendingPathComponent(script), encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("// Question: "), "\(script) must open with '// Question: ...'")
        }
    }

    func testEveryExamplePrintsAndWritesWhatIsExpected() throws {
        let binary = try Self.binary()
        var checked: Set<String> = []
        for script in try Self.scripts() {
            checked.formUnion(try check(script, with: binary))
        }
        // An expected file that no script produces is stale: a renamed or deleted example.
        let expected = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".expected") }
        for name in expected where !checked.contains(name) {
            XCTFail("Examples/\(name) belongs to no example; delete it or restore its script")
        }
    }

    /// Runs one script in a fresh working folder and compares its output and files; returns the names of the
    /// expected files it compared against.
    private func check(_ script: String, with binary: URL) throws -> Set<String> {
        let name = String(script.dropLast(".cypher".count))
        let work = try TemporaryFolder(), capture = try TemporaryFolder()
        // The script sits at Examples/NAME.cypher inside the working folder, as in the repository, so that
        // what it prints is what `tradegraph -f Examples/NAME.cypher` prints at the root.
        try FileManager.default.createDirectory(atPath: work.path + "/Examples", withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.examples.appendingPathComponent(script),
                                         to: URL(fileURLWithPath: work.path + "/Examples/" + script))
        let outcome = try Self.run(binary, ["--graph", Self.root.appendingPathComponent("Graph").path,
                                            "-f", "Examples/" + script],
                                   in: work.path, capture: capture.path)
        // Standard error carries status lines (":export" says what it wrote) and is not compared.
        XCTAssertEqual(outcome.status, 0, "Examples/\(script) failed:\n\(outcome.error)")

        var compared: Set<String> = [name + ".expected"]
        try compare(outcome.output, with: name + ".expected", what: "the output of Examples/\(script)")
        // Every file the script wrote (its DOT exports) has its expected twin: FILE → Examples/FILE.expected.
        let written = try FileManager.default.subpathsOfDirectory(atPath: work.path).filter { path in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: work.path + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue && path != "Examples/" + script
        }.sorted()
        for path in written {
            let text = try String(contentsOfFile: work.path + "/" + path, encoding: .utf8)
            let expectedName = path.replacingOccurrences(of: "/", with: "-") + ".expected"
            compared.insert(expectedName)
            try compare(text, with: expectedName, what: "\(path), written by Examples/\(script)")
        }
        return compared
    }

    /// Compares text with an expected file, or rewrites the file when updating.
    private func compare(_ actual: String, with expectedName: String, what: String) throws {
        let url = Self.examples.appendingPathComponent(expectedName)
        if Self.updating {
            let old = try? String(contentsOf: url, encoding: .utf8)
            if old != actual {
                try Data(actual.utf8).write(to: url)
                print("updated Examples/\(expectedName)")
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("Examples/\(expectedName) is missing; run UPDATE_EXPECTED=1 swift test --filter ExamplesTests")
            return
        }
        if expected != actual {
            XCTFail("""
                \(what) differs from Examples/\(expectedName) \
                (if the change is right: UPDATE_EXPECTED=1 swift test --filter ExamplesTests):
                \(UnifiedDiff.of(expected: expected, actual: actual, expectedName: "Examples/" + expectedName))
                """)
        }
    }

    // MARK: - Running the binary

    struct Outcome {
        let status: Int32
        let output: String
        let error: String
    }

    /// The binary: beside the test bundle (the build this test belongs to; on macOS the bundle is a
    /// `.xctest` folder inside the build folder), else the default build folder `.build/debug/`.
    static func binary() throws -> URL {
        let bundle = Bundle(for: ExamplesTests.self).bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("tradegraph"),
            bundle.appendingPathComponent("tradegraph"),
            root.appendingPathComponent(".build/debug/tradegraph"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("tradegraph is not built; run swift build first")
        }
        return found
    }

    /// Runs the binary with no terminal and a fixed environment. Output goes through files in `capture`, not
    /// pipes, so a large output cannot deadlock the test and the files are not counted as the script's.
    static func run(_ binary: URL, _ arguments: [String], in folder: String, capture: String) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ["NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8", "HOME": capture,
                           "TRADEGRAPH_HISTORY": capture + "/history"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        process.environment = environment
        let input = capture + "/stdin", output = capture + "/stdout", error = capture + "/stderr"
        for path in [input, output, error] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        process.standardInput = FileHandle(forReadingAtPath: input)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: error)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       output: try String(contentsOfFile: output, encoding: .utf8),
                       error: try String(contentsOfFile: error, encoding: .utf8))
    }
}

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A unified diff of two texts, line by line, with three lines of context.
enum UnifiedDiff {
    private enum Edit { case same(Int, Int), removed(Int), added(Int) }

    static func of(expected: String, actual: String, expectedName: String, context: Int = 3) -> String {
        let old = lines(expected), new = lines(actual)
        // Longest common subsequence, then walk it into an edit script.
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        // Each edit with the expected and actual line positions before it.
        var edits: [(edit: Edit, old: Int, new: Int)] = [], i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append((.same(i, j), i, j)); i += 1; j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] > table[i + 1][j] {
                edits.append((.added(j), i, j)); j += 1
            } else {
                edits.append((.removed(i), i, j)); i += 1
            }
        }
        // Group the changes with their context into hunks.
        var hunks: [ClosedRange<Int>] = []
        for index in edits.indices {
            if case .same = edits[index].edit { continue }
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        var text = "--- \(expectedName) (expected)\n+++ actual\n"
        for hunk in hunks {
            var oldCount = 0, newCount = 0, body = ""
            for entry in edits[hunk] {
                switch entry.edit {
                case let .same(a, _): oldCount += 1; newCount += 1; body += " \(old[a])\n"
                case let .removed(a): oldCount += 1; body += "-\(old[a])\n"
                case let .added(b): newCount += 1; body += "+\(new[b])\n"
                }
            }
            let first = edits[hunk.lowerBound]
            text += "@@ -\(first.old + 1),\(oldCount) +\(first.new + 1),\(newCount) @@\n" + body
        }
        return text
    }

    /// Lines of a text; a missing final newline is shown as its own marker line so that it is visible.
    private static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() } else { lines.append("\\ No newline at end of file") }
        return lines
    }
}
