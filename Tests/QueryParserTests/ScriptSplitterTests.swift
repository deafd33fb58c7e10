import XCTest
import GraphModel
import QueryLexer

final class ScriptSplitterTests: XCTestCase {
    private func describe(_ items: [ScriptItem]) -> [String] {
        items.map { item in
            switch item {
            case .statement(let text, let location): return "\(location) stmt \(text)"
            case .command(let text, let location): return "\(location) cmd \(text)"
            }
        }
    }

    func testSplitting() {
        let cases: [(String, [String])] = [
            ("RETURN 1; RETURN 2;", ["1:1 stmt RETURN 1", "1:11 stmt RETURN 2"]),
            ("RETURN 1;\nRETURN 2", ["1:1 stmt RETURN 1", "2:1 stmt RETURN 2"]),
            ("RETURN 'a;b';", ["1:1 stmt RETURN 'a;b'"]),
            ("RETURN \"a;\\\";b\";", ["1:1 stmt RETURN \"a;\\\";b\""]),
            ("RETURN `a;b` ;", ["1:1 stmt RETURN `a;b`"]),
            ("RETURN 1 // no; split\n;", ["1:1 stmt RETURN 1 // no; split"]),
            ("/* a; b */ RETURN 1;", ["1:12 stmt RETURN 1"]),
            ("RETURN /* ; */ 1;", ["1:1 stmt RETURN /* ; */ 1"]),
            (":format csv\nRETURN 1;", ["1:1 cmd :format csv", "2:1 stmt RETURN 1"]),
            ("  :source x.cypher  \n", ["1:3 cmd :source x.cypher"]),
            (":param x => 'a;b';", ["1:1 cmd :param x => 'a;b'"]),
            ("RETURN 1; :help", ["1:1 stmt RETURN 1", "1:11 cmd :help"]),
            ("MATCH (n)\nWHERE n.x = ':'\nRETURN n;", ["1:1 stmt MATCH (n)\nWHERE n.x = ':'\nRETURN n"]),
            ("// only a comment\n/* and another */\n", []),
            ("  \n\t", []),
            (";;", []),
            ("RETURN '中文';RETURN 2", ["1:1 stmt RETURN '中文'", "1:13 stmt RETURN 2"]),
            ("RETURN 'open;", ["1:1 stmt RETURN 'open;"]),
            // An unterminated comment between statements keeps everything after it, so that it is reported.
            ("/* open", ["1:1 stmt /* open"]),
            ("RETURN 1; /* open\nRETURN 2;", ["1:1 stmt RETURN 1", "1:11 stmt /* open\nRETURN 2;"]),
            ("RETURN 1 /* open", ["1:1 stmt RETURN 1 /* open"]),
        ]
        for (script, expected) in cases {
            XCTAssertEqual(describe(ScriptSplitter.split(script)), expected, "splitting \(script)")
        }
    }

    func testFileNameIsInLocations() {
        let items = ScriptSplitter.split("\n\nRETURN 1;", file: "a.cypher")
        XCTAssertEqual(describe(items), ["a.cypher:3:1 stmt RETURN 1"])
    }

    func testCompleteness() {
        let cases: [(String, Bool)] = [
            ("RETURN 1;", true),
            ("RETURN 1", false),
            ("MATCH (n)\n", false),
            ("RETURN ';'", false),
            ("RETURN 'a';  ", true),
            ("RETURN 1; // trailing comment", true),
            ("RETURN 1; /* open", false),
            ("RETURN 1 /* ; */", false),
            (":help", true),
            ("  :format csv", true),
            ("", true),
            ("// just a comment", true),
            ("RETURN 1; RETURN", false),
            ("RETURN `a;", false),
        ]
        for (buffer, complete) in cases {
            XCTAssertEqual(ScriptSplitter.isComplete(buffer), complete, "completeness of \(buffer)")
        }
    }
}
