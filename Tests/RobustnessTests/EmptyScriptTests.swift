import Foundation
import Shell
import XCTest

/// Empty scripts and scripts that only look unusual run like any other. Regression: `-f` and `:source` read
/// scripts with `FileManager.contents(atPath:)`, which on Linux leaks a 4 KB buffer for every file whose size
/// reads as 0; under `scripts/sanitizers.sh` (leak detection on) the binary's exit status then turns these
/// runs into failures.
final class EmptyScriptTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    func testEmptyScriptsRunNothingAndSucceed() throws {
        try folder.write("empty.cypher", Data())
        let file = try TradeGraphBinary.run(["-f", "empty.cypher", "-f", "empty.cypher"], in: folder.path)
        XCTAssertEqual(file.status, 0, file.error)
        XCTAssertEqual(file.output + file.error, "")
        let sourced = try TradeGraphBinary.run(["-c", ":source empty.cypher\n:source empty.cypher\nRETURN 1 AS one"],
                                               in: folder.path)
        XCTAssertEqual(sourced.status, 0, sourced.error)
        XCTAssertEqual(sourced.output, "one\n1\n")
    }

    func testAByteOrderMarkIsDroppedAndAFolderIsNamed() throws {
        try folder.write("bom.cypher", Data([0xEF, 0xBB, 0xBF] + Array("RETURN 2 AS two;\n".utf8)))
        try folder.write("scripts/inner.cypher", Data("RETURN 3;".utf8))
        let bom = try TradeGraphBinary.run(["-f", "bom.cypher"], in: folder.path)
        XCTAssertEqual(bom.status, 0, bom.error)
        XCTAssertEqual(bom.output, "two\n2\n")
        let asFile = try TradeGraphBinary.run(["-f", "scripts"], in: folder.path)
        XCTAssertEqual(asFile.status, 2)
        XCTAssertEqual(asFile.error, "tradegraph: cannot read script 'scripts': it is a folder\n")
        let sourced = try TradeGraphBinary.run(["-c", ":source scripts"], in: folder.path)
        XCTAssertEqual(sourced.status, 1)
        XCTAssertTrue(sourced.error.contains("cannot read 'scripts': it is a folder"), sourced.error)
    }

    func testScriptFileReadsWholeFilesAndNamesFailures() throws {
        let empty = try folder.write("empty.txt", Data())
        let large = try folder.write("large.txt", Data(repeating: 0x41, count: 300_000))
        XCTAssertEqual(try ScriptFile.read(empty).get(), [])
        XCTAssertEqual(try ScriptFile.read(large).get().count, 300_000)
        XCTAssertEqual(try ScriptFile.read("/proc/self/comm").get().isEmpty, false, "a file whose size reads as 0")
        XCTAssertEqual(ScriptFile.read(folder.path("missing")).failure?.reason, "no such file")
        XCTAssertEqual(ScriptFile.read(folder.path).failure?.reason, "it is a folder")
        let latin1 = try ScriptFile.text(try folder.write("latin1.txt", Data([0x63, 0xE9]))).get()
        XCTAssertNil(latin1, "not UTF-8")
    }
}

private extension Result {
    /// The error, when there is one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
