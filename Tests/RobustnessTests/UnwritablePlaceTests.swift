import Foundation
import XCTest

/// Results, `:save` and `:export` aimed at places that cannot take them: a missing script or folder, a
/// read-only folder (the binary runs as `nobody`, since root ignores permissions), a full device. Each
/// fails with a message naming the place, and a write that fails leaves the previous file or folder intact.
final class UnwritablePlaceTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    func testMissingScript() throws {
        let file = try TradeGraphBinary.run(["-f", "missing.cypher"], in: folder.path)
        XCTAssertEqual(file.status, 2)
        XCTAssertEqual(file.error, "tradegraph: no such script 'missing.cypher'\n")
        let sourced = try TradeGraphBinary.run(["-c", ":source missing.cypher"], in: folder.path)
        XCTAssertEqual(sourced.status, 1)
        XCTAssertTrue(sourced.error.contains("cannot read 'missing.cypher': no such file"), sourced.error)
    }

    func testOutputFileInAMissingFolder() throws {
        let option = try TradeGraphBinary.run(["--output", "missing/out.csv", "-c", "RETURN 1 AS a"], in: folder.path)
        XCTAssertEqual(option.status, 2)
        XCTAssertTrue(option.error.contains("cannot write 'missing/out.csv': No such file or directory"), option.error)
        let command = try TradeGraphBinary.run(["-c", ":output missing/out.csv\nRETURN 1 AS a"], in: folder.path)
        XCTAssertEqual(command.status, 1)
        XCTAssertTrue(command.error.contains("cannot write 'missing/out.csv': No such file or directory"), command.error)
        XCTAssertEqual(try folder.contents(), [])
    }

    /// Regression: results on a full standard output trapped in `FileHandle.write`.
    func testFullStandardOutputIsAnErrorNotACrash() throws {
        let full = try folder.device("full", minor: 7)
        let outcome = try TradeGraphBinary.run(["-c", "RETURN 1 AS a"], in: folder.path, standardOutput: full)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.error, "tradegraph: cannot write to standard output: No space left on device\n")
    }

    /// Nothing runs after results could not be written, even with `--continue-on-error`: the session stops,
    /// says why once, and the program exits 1 after unwinding (it used to `exit(1)` inside the statement).
    func testNothingRunsAfterAFailedStandardOutput() throws {
        let full = try folder.device("full", minor: 7)
        let outcome = try TradeGraphBinary.run(["--continue-on-error", "-c", "RETURN 1 AS a;\nRETURN 2 AS b;\n:save saved"],
                                               in: folder.path, standardOutput: full)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.error, "tradegraph: cannot write to standard output: No space left on device\n")
        XCTAssertFalse(try folder.contents().contains("saved"), "the :save after the failure did not run")
    }

    /// Regression: `--output` and `:output` replaced the file with a new one, so as root a device such as
    /// `/dev/null` or `/dev/full` became a regular file, and a full device took results silently.
    func testOutputToADeviceWritesIntoItAndReportsAFullOne() throws {
        let full = try folder.device("full", minor: 7), null = try folder.device("null", minor: 3)
        let option = try TradeGraphBinary.run(["--output", full, "-c", "RETURN 1 AS a"], in: folder.path)
        XCTAssertEqual(option.status, 1)
        XCTAssertTrue(option.error.contains("cannot write results to '\(full)': No space left on device"), option.error)
        let command = try TradeGraphBinary.run(["-c", ":output \(null)\nRETURN 1 AS a"], in: folder.path)
        XCTAssertEqual(command.status, 0, command.error)
        XCTAssertTrue(TemporaryFolder.isDevice(full) && TemporaryFolder.isDevice(null), "the devices are still devices")
    }

    func testExportOntoAFullDevice() throws {
        let full = try folder.device("full", minor: 7)
        let outcome = try TradeGraphBinary.run(["-c", ":export dot \(full) --around ASEAN"], in: folder.path)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.error.contains("no space left"), outcome.error)
        XCTAssertTrue(TemporaryFolder.isDevice(full))
    }

    func testSaveAndExportIntoAReadOnlyFolderKeepThePreviousFiles() throws {
        let seed = try TradeGraphBinary.run(["--empty", "-c", ":save graph"], in: folder.path)
        XCTAssertEqual(seed.status, 0, seed.error)
        try folder.write("g.dot", Data("digraph { old }\n".utf8))
        try folder.write("out.txt", Data("old results\n".utf8))
        let before = try folder.snapshot()
        let outcome = try TradeGraphBinary.run(["--continue-on-error", "-c",
                                                ":save graph\n:export dot g.dot --around ASEAN\n:output out.txt\n:save fresh"],
                                               in: folder.path, asNobody: true)
        XCTAssertFalse(outcome.crashed, outcome.error)
        XCTAssertEqual(outcome.status, 1)
        let lines = outcome.error.split(separator: "\n")
        guard lines.count == 4 else { return XCTFail("expected four errors, got: \(outcome.error)") }
        XCTAssertTrue(lines[0].hasPrefix("1:1: cannot save to 'graph': cannot create a folder in"), outcome.error)
        XCTAssertTrue(lines[0].hasSuffix("Permission denied"), outcome.error)
        XCTAssertEqual(lines[1], "2:1: cannot write 'g.dot': permission denied", outcome.error)
        XCTAssertEqual(lines[2], "3:1: cannot write 'out.txt': Permission denied", outcome.error)
        XCTAssertTrue(lines[3].hasSuffix("Permission denied"), outcome.error)
        XCTAssertEqual(try folder.snapshot(), before)
    }
}
