import Foundation
import GraphLoader
import GraphStore
@testable import Shell
import XCTest

final class ShellSessionTests: XCTestCase {
    func testScriptStopsAtTheFirstErrorWithItsLocation() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        let ok = session.run(script: "RETURN 1 AS a;\n\nRETURN 1 +;\nRETURN 2 AS b;", file: "s.cypher")
        XCTAssertFalse(ok)
        XCTAssertEqual(captured.output, "a\n1\n")
        XCTAssertTrue(captured.error.hasPrefix("s.cypher:3:11: "), captured.error)
    }

    func testContinueOnErrorRunsTheRestButStillFails() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        session.continueOnError = true
        XCTAssertFalse(session.run(script: ":nope\nRETURN 2 AS b;", file: "s.cypher"))
        XCTAssertEqual(captured.output, "b\n2\n")
        XCTAssertEqual(captured.error, "s.cypher:1:1: unknown command ':nope' (type :help for the list)\n")
    }

    func testSourceNamesTheSourcedFileAndLine() throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("inner.cypher", "RETURN 1 AS x;\nMATCH (n) RETURN n.name +;\n")
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertFalse(session.run(script: ":source \(script)\nRETURN 3;", file: "outer.cypher"))
        XCTAssertEqual(captured.output, "x\n1\n")
        XCTAssertTrue(captured.error.hasPrefix("\(script):2:"), captured.error)
        XCTAssertEqual(captured.error.components(separatedBy: "\n").filter { $0.contains("outer.cypher") }, [])
        XCTAssertEqual(session.history, [":source \(script)"], "sourced statements are not history")
    }

    func testSourcingItselfStopsAtTheDepthLimit() throws {
        let folder = try TemporaryFolder()
        let script = folder.path("loop.cypher")
        try folder.write("loop.cypher", ":source \(script)\n")
        let captured = Captured()
        XCTAssertFalse(captured.session(try Fixture.store()).run(script: ":source \(script)", file: nil))
        XCTAssertTrue(captured.error.contains("more than 16 deep"), captured.error)
    }

    func testOutputAppendsResultsToAFileUntilSwitchedBack() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.txt", "old contents\n")
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertTrue(session.run(script: ":output \(folder.path("out.txt"))\nRETURN 1 AS a;\nRETURN 2 AS b;\n:output\nRETURN 3 AS c;", file: nil))
        XCTAssertEqual(try String(contentsOfFile: folder.path("out.txt"), encoding: .utf8), "a\n1\nb\n2\n")
        XCTAssertEqual(captured.output, "c\n3\n")
    }

    func testPromptFooterWarningsAndChanges() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store(), mode: .interactive)
        session.timing = false
        session.format = .csv
        XCTAssertTrue(session.run(script: "MATCH (n:Partnr) RETURN count(n) AS n;\nCREATE (:Partner {id: 'x', name: 'X'});", file: nil))
        XCTAssertEqual(captured.output, "n\n0\n1 row\nAdded 1 nodes, Set 2 properties, Added 1 labels\n0 rows\n")
        XCTAssertEqual(captured.error, "warning: unknown label 'Partnr'; did you mean 'Partner'?\n")
    }

    func testParametersAndSchemaAndHistory() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        session.format = .tsv
        XCTAssertTrue(session.run(script: ":param name => 'Vie' + 'tnam'\n:params\nMATCH (p {name: $name}) RETURN p.id;\n:history", file: nil))
        XCTAssertEqual(captured.output, """
            name\tvalue
            $name\tVietnam
            p.id
            vietnam
            1  :param name => 'Vie' + 'tnam'
            2  :params
            3  MATCH (p {name: $name}) RETURN p.id;
            4  :history

            """)
        captured.output = ""
        XCTAssertTrue(session.run(script: ":schema", file: nil))
        XCTAssertTrue(captured.output.hasPrefix("kind\tname\tcount\nlabel\tEconomy\t1\nlabel\tMeasurement\t5\n"), captured.output)
        XCTAssertTrue(captured.output.contains("relationship type\tMEMBER_OF\t1\n"), captured.output)
    }

    func testLoadReplacesTheGraphOnlyWhenItLoads() throws {
        let folder = try TemporaryFolder()
        let good = try Fixture.writeGraph(into: folder)
        try FileManager.default.createDirectory(atPath: folder.path("bad"), withIntermediateDirectories: false)
        try folder.write("bad/entities.csv", "id,label,name\nx,Partnr,X\n")
        let captured = Captured()
        let session = captured.session(GraphStore())
        XCTAssertFalse(session.run(script: ":load \(folder.path("bad"))", file: "s.cypher"))
        XCTAssertEqual(session.store.nodeCount, 0)
        XCTAssertTrue(captured.error.hasPrefix("s.cypher:1:1: the graph was not loaded; the session keeps its current graph\n"
                                               + "\(folder.path("bad"))/entities.csv:2:3: unknown label 'Partnr'"), captured.error)
        XCTAssertTrue(session.run(script: ":load \(good)", file: nil))
        XCTAssertEqual(session.store.nodeCount, 15)
    }

    func testQuitStopsTheScript() throws {
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertTrue(session.run(script: "RETURN 1 AS a;\n:exit\nRETURN 2 AS b;", file: nil))
        XCTAssertTrue(session.quitRequested)
        XCTAssertEqual(captured.output, "a\n1\n")
    }

    func testExportWritesADOTFile() throws {
        let folder = try TemporaryFolder()
        let captured = Captured()
        let session = captured.session(try Fixture.store())
        XCTAssertTrue(session.run(script: ":export dot \(folder.path("a.dot")) --around ASEAN --depth 1\n"
                                  + ":export dot \(folder.path("b.dot")) MATCH (p)-[r:MEMBER_OF]->(g) RETURN p, r, g", file: nil))
        XCTAssertTrue(try String(contentsOfFile: folder.path("a.dot"), encoding: .utf8).hasPrefix("digraph"))
        XCTAssertTrue(captured.error.contains("Wrote 2 nodes and 1 edges to \(folder.path("b.dot"))"), captured.error)
        XCTAssertFalse(session.run(script: ":export dot \(folder.path("c.dot"))  MATCH (n) RETURN n.nme +", file: "s.cypher"))
        XCTAssertTrue(captured.error.contains("s.cypher:1:"), captured.error)
    }

    func testHelpListsEveryCommandWithinEightyColumns() throws {
        let captured = Captured()
        XCTAssertTrue(captured.session(GraphStore()).run(script: ":help", file: nil))
        for command in CommandCatalog.all {
            XCTAssertTrue(captured.output.contains("  :" + command.name), command.name)
        }
        XCTAssertTrue(captured.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
