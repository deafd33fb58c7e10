import GraphLoader
import GraphStore
import LineEditor
@testable import Shell
import XCTest

/// The `event` dimension at the prompt: a figure about an event (the CIIE's intended deals) is listed on the
/// event's card and not among the reporter's own totals, `:schema` counts its EVENT links, and Tab offers
/// EVENT as a relationship type.
final class EventShellTests: XCTestCase {
    private func store() throws -> GraphStore {
        let folder = try TemporaryFolder()
        let graph = folder.path("graph")
        try FileManager.default.createDirectory(atPath: graph, withIntermediateDirectories: false)
        let files = [
            ("sources", Fixture.sources),
            ("entities", Fixture.entities + "ciie,Event,China International Import Expo,进博会,CIIE,Import expo\n"),
            ("relations", Fixture.relations),
            ("measurements", """
                id,metric,flow,period,value,unit,approx,event,source,line,speaker,evidence
                deals,value,,2025,80000000000,USD,over,ciie,brief,41,wang-jun,over $80 billion
                total,value,total,2025,45470000000000,CNY,,,brief,3,wang-jun,45.47 trillion

                """),
        ]
        for (file, text) in files { try folder.write("graph/" + file + ".csv", text) }
        return try GraphLoader.load(folders: [graph])
    }

    func testTheEventCardListsItsFiguresAndTheReporterCardDoesNot() throws {
        let store = try store()
        let event = Captured()
        XCTAssertTrue(event.session(store).run(script: ":describe CIIE", file: nil))
        XCTAssertTrue(event.output.contains("Figures (1)\n  value\n    2025  over 80 billion US dollars  brief:41 · Wang Jun\n"), event.output)
        let china = Captured()
        XCTAssertTrue(china.session(store).run(script: ":describe China", file: nil))
        XCTAssertTrue(china.output.contains("Figures (1)\n  value · total\n    2025  45.47 trillion yuan  brief:3 · Wang Jun\n"), china.output)
        XCTAssertFalse(china.output.contains("80 billion"), china.output)
    }

    func testSchemaAndCompletionKnowTheEventRelationship() throws {
        let captured = Captured()
        let session = captured.session(try store())
        XCTAssertTrue(session.run(script: ":format tsv\n:schema", file: nil))
        XCTAssertTrue(captured.output.contains("relationship type\tEVENT\t1\n"), captured.output)
        XCTAssertTrue(CompletionWords(session: session).candidates(.relationshipType).contains("EVENT"))
    }
}
