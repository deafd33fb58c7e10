import DOTExport
import GraphModel
import GraphStore
import XCTest

/// Names that would break a naive DOT writer reach the picture intact.
final class EscapingTests: XCTestCase {
    func testEveryAwkwardNameIsShownInTheSVG() throws {
        let store = try Fixtures.awkwardStore()
        let subgraph = Subgraph(nodes: store.nodes, relationships: store.relationships, in: store)
        for options in [DOTOptions(), DOTOptions(foldMeasurements: true, clusterByLabel: true)] {
            let svg = try Graphviz.svg(of: try DOTWriter(store: store, options: options).text(for: subgraph), name: "awkward")
            for name in Fixtures.awkwardNames + Fixtures.awkwardNames.map({ "名称 " + $0 }) {
                for line in name.split(separator: "\n") {
                    XCTAssertTrue(svg.contains(">\(Self.xmlEscaped(String(line)))</text>"), "'\(line)' missing from the SVG")
                }
            }
        }
    }

    func testTextIsQuotedAndEscaped() throws {
        let store = try Fixtures.awkwardStore()
        let subgraph = Subgraph(nodes: store.nodes, relationships: [], in: store)
        let text = try Graphviz.checked(try DOTWriter(store: store).text(for: subgraph), name: "awkward")
        XCTAssertTrue(text.contains(#""Say \"hi\"" [label="Say \"hi\"\n名称 Say \"hi\"""#))
        XCTAssertTrue(text.contains(#"[label="back\\slash\\\n"#))
        XCTAssertTrue(text.contains(#""line one\nline two" [label="line one\nline two\n"#))
        XCTAssertTrue(text.contains(#"[label="AT&amp;amp;T\n"#))
        XCTAssertTrue(text.contains(#""node" [label="node\n"#))
        XCTAssertFalse(text.contains("<<"), "no HTML-like label")
    }

    func testNodeIDsStayUniqueWhenGraphIDsClash() throws {
        let store = try Fixtures.awkwardStore()
        let subgraph = Subgraph(nodes: store.nodes, relationships: [], in: store)
        let text = try Graphviz.checked(try DOTWriter(store: store).text(for: subgraph), name: "awkward")
        XCTAssertTrue(text.contains(#"  "node" [label="node\n"#))
        XCTAssertTrue(text.contains(#"  "node#13" [label="value"#) || text.contains(#"  "node#13" [label="export"#), text)
    }

    /// Text as Graphviz writes it into SVG.
    private static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
