import LineEditor
import XCTest

/// What Tab completes after a function namespace and inside a quoted property value.
final class CompletionKeyTests: XCTestCase {
    private func context(_ line: String) -> CompletionContext {
        CompletionContext(line: line, cursor: line.unicodeScalars.count, functionNamespaces: ["fmt", "period"])
    }

    func testAWordAfterANamespaceIsAFunction() {
        let cases: [(String, CompletionContext.Kind, String)] = [
            ("RETURN fmt.am", .function(namespace: "fmt"), "am"),
            ("RETURN FMT.", .function(namespace: "fmt"), ""),
            ("WHERE period.con", .function(namespace: "period"), "con"),
            ("RETURN m.fmt", .propertyKey, "fmt"),
            ("RETURN m.period.x", .propertyKey, "x"),
        ]
        for (line, kind, word) in cases {
            XCTAssertEqual(context(line).kind, kind, line)
            XCTAssertEqual(context(line).word, word, line)
        }
        XCTAssertEqual(CompletionContext(line: "RETURN fmt.am", cursor: 13).kind, .propertyKey, "no namespaces given")
    }

    func testTheKeyOfAQuotedValue() {
        let cases: [(String, String?)] = [
            ("MATCH (c {name: 'Chi", "name"), ("MATCH (c:Partner {id: 'x', name_zh: '中", "name_zh"),
            ("MATCH (c) WHERE c.name = 'Eu", "name"), ("MATCH (c) WHERE c.name <> 'Eu", nil),
            ("RETURN 'Chi", nil), ("MATCH (c) WHERE 'a' = 'b", nil),
        ]
        for (line, key) in cases {
            XCTAssertEqual(context(line).kind, .entityName, line)
            XCTAssertEqual(context(line).quotedKey, key, line)
        }
    }
}
