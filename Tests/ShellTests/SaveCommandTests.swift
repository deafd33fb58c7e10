import Foundation
import GraphLoader
import GraphStore
@testable import Shell
import XCTest

final class SaveCommandTests: XCTestCase {
    func testSaveReplacesAGraphFolderAndKeepsItsReadme() throws {
        let folder = try TemporaryFolder()
        let target = try Fixture.writeGraph(into: folder)
        try folder.write("graph/README.md", "notes")
        try folder.write("graph/measurements-extra.csv", "id,metric,period,value,unit,source\n")
        let captured = Captured()
        let session = captured.session(try GraphLoader.load(folders: [target]))
        XCTAssertTrue(session.run(script: "CREATE (:Partner {id: 'laos', name: 'Laos'});\n:save \(target)", file: nil))
        XCTAssertEqual(try folder.contents("graph"), ["README.md", "entities.csv", "measurements.csv", "relations.csv", "sources.csv"])
        XCTAssertEqual(try folder.contents(), ["graph"], "no temporary folder left behind")
        XCTAssertEqual(try String(contentsOfFile: folder.path("graph/README.md"), encoding: .utf8), "notes")
        XCTAssertEqual(GraphSnapshot(try GraphLoader.load(folders: [target])), GraphSnapshot(session.store))
        XCTAssertTrue(captured.error.contains("Saved 1 sources, 10 entities, 2 relations, 5 measurements to \(target)"), captured.error)
    }

    func testAFailedSaveLeavesTheOldFolderIntact() throws {
        let folder = try TemporaryFolder()
        let target = try Fixture.writeGraph(into: folder)
        let before = try snapshotFiles(target)
        let captured = Captured()
        let session = captured.session(try GraphLoader.load(folders: [target]))
        // An id the loader rejects: the tables are written, but fail to load back, so nothing is replaced.
        XCTAssertTrue(session.run(script: "CREATE (:Partner {id: 'Bad Id', name: 'Bad'});", file: nil))
        captured.error = ""
        XCTAssertFalse(session.run(script: ":save \(target)", file: "s.cypher"))
        XCTAssertTrue(captured.error.hasPrefix("s.cypher:1:1: not saved: the graph, written out, would not load; '\(target)' is unchanged\n"
                                               + "\(target)/entities.csv:"), captured.error)
        XCTAssertEqual(try snapshotFiles(target), before)
        XCTAssertEqual(try folder.contents(), ["graph"], "no temporary folder left behind")
    }

    func testUnwritablePlacesAndNonGraphFoldersAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        try FileManager.default.createDirectory(atPath: folder.path("photos"), withIntermediateDirectories: false)
        try folder.write("photos/cat.jpg", "meow")
        let cases = [
            ("/dev/full/graph", "cannot save to '/dev/full/graph': cannot create a folder in '/dev/full': Not a directory"),
            (folder.path("file/graph"), "cannot create a folder in '\(folder.path("file"))': Not a directory"),
            (folder.path("file"), "cannot save to '\(folder.path("file"))': it exists and is not a folder"),
            (folder.path("photos"), "the folder holds no graph, and saving would replace it"),
        ]
        let store = try Fixture.store()
        for (path, message) in cases {
            let captured = Captured()
            XCTAssertFalse(captured.session(store).run(script: ":save \(path)", file: nil))
            XCTAssertTrue(captured.error.contains(message), captured.error)
        }
        XCTAssertEqual(try folder.contents(), ["file", "photos"])
        XCTAssertEqual(try folder.contents("photos"), ["cat.jpg"])
    }

    func testSavingIntoANewFolderCreatesIt() throws {
        let folder = try TemporaryFolder()
        let captured = Captured()
        XCTAssertTrue(captured.session(try Fixture.store()).run(script: ":save \(folder.path("new"))", file: nil))
        XCTAssertEqual(try folder.contents("new"), ["entities.csv", "measurements.csv", "relations.csv", "sources.csv"])
    }

    private func snapshotFiles(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            files[name] = FileManager.default.contents(atPath: path + "/" + name)
        }
        return files
    }
}
