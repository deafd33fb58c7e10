import Foundation
import XCTest

/// `tradegraph extract` as a user runs it: a draft that loads beside the bundled graph and passes the evidence
/// check, the same folder every time, and bad input refused with a message and nothing written.
final class ExtractCommandTests: XCTestCase {
    static let briefing = """
        SCIO briefing on China's import and export in the first quarter of 2025
        Speakers:
        Mr. Wang Lingjun, vice minister of the General Administration of Customs of China (GACC)
        Ms. Li Mingyue, deputy director of the GACC
        Chairperson:
        Ms. Xing Huina, spokesperson of the SCIO
        Wang Lingjun:
        In the first quarter of this year, China's foreign trade in goods stood at 10.3 trillion yuan, up 1.3% year on year. Exports were 6.13 trillion yuan, up by 6.9%, and imports were 4.17 trillion yuan, down by 6%.
        Li Mingyue:
        Trade with ASEAN, the EU and the United States reached 1.71, 1.35 and 1.03 trillion yuan respectively.

        """

    private func graph() -> String { TradeGraphProcess.root.appendingPathComponent("Graph").path }

    func testDraftLoadsBesideTheGraphAndPassesTheEvidenceCheck() throws {
        let folder = try TemporaryFolder()
        let document = try folder.write("docs/q1-test.txt", Self.briefing)
        // The check reads every figure's document: the bundled graph's beside the new one.
        let seeds = TradeGraphProcess.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            try FileManager.default.createSymbolicLink(atPath: folder.path("docs/" + name),
                                                       withDestinationPath: seeds.appendingPathComponent(name).path)
        }
        let run = try TradeGraphProcess.run(["extract", document, "--source", "q1-test", "--date", "2025-04-14",
                                             "--out", folder.path("draft")], in: folder.path)
        XCTAssertEqual(run.status, 0, run.error)
        XCTAssertTrue(run.output.contains("9 figures"), run.output)
        let measurements = try String(contentsOfFile: folder.path("draft/measurements-q1-test.csv"), encoding: .utf8)
        XCTAssertTrue(measurements.contains("q1-test-l8-1,value,total,2025-Q1,10300000000000,CNY,"), measurements)
        XCTAssertTrue(measurements.contains("q1-test-l8-6,yoy_growth,import,2025-Q1,-6,percent,"), measurements)
        XCTAssertTrue(measurements.contains(",asean,") && measurements.contains(",united-states,"), measurements)
        let entities = try String(contentsOfFile: folder.path("draft/entities-q1-test.csv"), encoding: .utf8)
        XCTAssertTrue(entities.contains("li-mingyue,Person,Li Mingyue"), entities)
        let relations = try String(contentsOfFile: folder.path("draft/relations-q1-test.csv"), encoding: .utf8)
        XCTAssertTrue(relations.contains("wang-lingjun,SPOKE_AT,q1-test"), relations)
        let check = try TradeGraphProcess.run(["check", "--graph", graph(), "--graph", folder.path("draft"),
                                               "--sources", folder.path("docs")], in: folder.path)
        XCTAssertEqual(check.status, 0, check.error)
        XCTAssertTrue(check.output.contains("evidence: "), check.output)
    }

    func testSameInputGivesTheSameFolder() throws {
        let folder = try TemporaryFolder()
        let document = try folder.write("q1.txt", Self.briefing)
        var outputs: [String] = []
        for _ in 0..<2 {
            let run = try TradeGraphProcess.run(["extract", document, "--source", "q1-test", "--date", "2025-04-14",
                                                 "--out", folder.path("draft"), "--force"], in: folder.path)
            XCTAssertEqual(run.status, 0, run.error)
            outputs.append(try String(contentsOfFile: folder.path("draft/measurements-q1-test.csv"), encoding: .utf8))
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    /// A file's content (or `nil` for a file that the case makes itself), the arguments after the file, the
    /// exit status and a part of the message.
    struct BadInput {
        let name: String
        let content: Data?
        var arguments: [String] = []
        let status: Int32
        let message: String
    }

    func testBadInputIsRefusedWithAMessageAndNothingWritten() throws {
        let cases = [
            BadInput(name: "empty", content: Data(), status: 2, message: "is empty"),
            BadInput(name: "binary", content: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), status: 2, message: "binary file"),
            BadInput(name: "latin1", content: Data("exports rose 5%\nup \u{00E9}".utf8.dropLast(2) + [0xE9, 0x0A]), status: 2,
                     message: "not valid UTF-8 (first bad byte on line 2)"),
            BadInput(name: "huge", content: nil, status: 2, message: "bytes; documents larger than"),
            BadInput(name: "nofigures", content: Data("Good morning. Thank you.\n".utf8), status: 1, message: "no figures found"),
            BadInput(name: "taken", content: Data(Self.briefing.utf8), arguments: ["--source", "q1-2025"], status: 2,
                     message: "already in the graph"),
            BadInput(name: "slug", content: Data(Self.briefing.utf8), arguments: ["--source", "Q1 2025"], status: 2,
                     message: "is not a slug"),
            BadInput(name: "missing", content: nil, status: 2, message: "no such file"),
        ]
        for example in cases {
            let folder = try TemporaryFolder()
            let file = folder.path(example.name + ".txt")
            if let content = example.content {
                try content.write(to: URL(fileURLWithPath: file))
            } else if example.name == "huge" {
                FileManager.default.createFile(atPath: file, contents: nil)
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
                try handle.truncate(atOffset: 100_000_000)
                try handle.close()
            }
            let arguments = example.arguments.isEmpty ? ["--source", "new-doc"] : example.arguments
            let run = try TradeGraphProcess.run(["extract", file] + arguments + ["--out", folder.path("draft")], in: folder.path)
            XCTAssertEqual(run.status, example.status, "\(example.name): \(run.error)")
            XCTAssertTrue(run.error.contains(example.message), "\(example.name): \(run.error)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("draft")), "\(example.name) wrote a folder")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("draft") }
            XCTAssertEqual(leftovers, [], "\(example.name) left \(leftovers)")
        }
    }

    func testOutputFolderIsNotOverwrittenWithoutForceNorWrittenWhereItCannotBe() throws {
        let folder = try TemporaryFolder()
        let document = try folder.write("q1.txt", Self.briefing)
        try folder.write("draft/notes.txt", "my review notes")
        let refused = try TradeGraphProcess.run(["extract", document, "--source", "q1-test", "--out", folder.path("draft")],
                                                in: folder.path)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.error.contains("exists and is not empty; use --force"), refused.error)
        XCTAssertEqual(try String(contentsOfFile: folder.path("draft/notes.txt"), encoding: .utf8), "my review notes")
        let unwritable = try TradeGraphProcess.run(["extract", document, "--source", "q1-test",
                                                    "--out", folder.path("q1.txt/draft")], in: folder.path)
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.error.contains("cannot write"), unwritable.error)
        let forced = try TradeGraphProcess.run(["extract", document, "--source", "q1-test", "--out", folder.path("draft"),
                                                "--force"], in: folder.path)
        XCTAssertEqual(forced.status, 0, forced.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("draft/notes.txt")))
    }
}
