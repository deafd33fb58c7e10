@testable import LineEditor
import XCTest

final class CompletionTests: XCTestCase {
    func testCommonPrefix() {
        XCTAssertEqual(Completion(wordStart: 0, candidates: ["MATCH", "MATCHES"]).commonPrefix, "MATCH")
        XCTAssertEqual(Completion(wordStart: 0, candidates: ["name", "nameZh"]).commonPrefix, "name")
        XCTAssertEqual(Completion(wordStart: 0, candidates: ["中国银行", "中国石油", "中海油"]).commonPrefix, "中")
        XCTAssertEqual(Completion(wordStart: 0, candidates: ["abc", "xyz"]).commonPrefix, "")
        XCTAssertEqual(Completion(wordStart: 0, candidates: ["only"]).commonPrefix, "only")
        XCTAssertEqual(Completion.none.commonPrefix, "")
    }

    func testColumnsFitTheWidthAndMeasureChineseAsTwo() {
        TerminalLocale.ensureUTF8()
        XCTAssertEqual(CandidateColumns.displayWidth("中国"), 4)
        XCTAssertEqual(CandidateColumns.displayWidth("name"), 4)
        let text = CandidateColumns.layout(["a", "bb", "ccc", "dddd", "e"], width: 20)
        // Widest is 4, so columns are 6 wide and three fit; five entries fill two rows top to bottom.
        XCTAssertEqual(text, "a     ccc   e\nbb    dddd\n")
        XCTAssertEqual(CandidateColumns.layout(["中国银行", "中海油"], width: 10), "中国银行\n中海油\n")
        XCTAssertEqual(CandidateColumns.layout([], width: 80), "")
    }

    func testDefaultHistoryPath() {
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u"]), "/home/u/.tradegraph_history")
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u", "TRADEGRAPH_HISTORY": "/tmp/h"]), "/tmp/h")
        XCTAssertEqual(LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u", "TRADEGRAPH_HISTORY": ""]),
                       "/home/u/.tradegraph_history")
        XCTAssertNil(LineEditor.defaultHistoryPath(environment: [:]))
    }
}
