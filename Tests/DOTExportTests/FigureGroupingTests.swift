import DOTExport
import GraphModel
import GraphStore
import XCTest

/// A neighbourhood with many figures fits on a screen: above the threshold its figures are gathered as
/// asked, the legend says what was gathered, and the counts are of what the file draws.
final class FigureGroupingTests: XCTestCase {
    func testTheEUsFiguresAreGatheredAsAsked() throws {
        let store = try Fixtures.bundledGraph()
        let around = Subgraph.around(try Fixtures.entity("eu", in: store), depth: 1, in: store)
        let figures = around.nodes.filter { store.hasLabel($0, "Measurement") }.count
        XCTAssertGreaterThan(figures, DOTOptions.defaultGroupAbove)
        let cases: [(FigureGrouping?, legend: String?, figureNodes: Int)] = [
            (nil, nil, figures),
            (.entity, "\(figures) figures folded into the labels (•) of the entities they are about", 0),
            (.period, "\(figures) figures grouped by period into", Set(around.nodes.compactMap { store.property("period", of: $0).stringValue }).count),
            (.metric, "\(figures) figures grouped by metric into", Set(around.nodes.compactMap { store.property("metric", of: $0).stringValue }).count),
        ]
        for (grouping, legend, figureNodes) in cases {
            let document = try DOTWriter(store: store, options: DOTOptions(grouping: grouping)).document(for: around)
            let text = try Graphviz.checked(document.text, name: "grouped")
            XCTAssertEqual(document.nodeCount, around.nodes.count - figures + figureNodes, "\(String(describing: grouping))")
            let nodeLines = text.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains("->") }
            XCTAssertEqual(nodeLines.count, document.nodeCount, "the count is of the nodes written")
            if let legend {
                XCTAssertTrue(text.contains("\"legend:grouped\" [label=\"\(legend)"), text)
            } else {
                XCTAssertFalse(text.contains("legend:grouped"))
            }
        }
    }

    func testFewFiguresStayNodes() throws {
        let store = try Fixtures.bundledGraph()
        let around = Subgraph.around(try Fixtures.entity("eu", in: store), depth: 1, in: store)
        let options = DOTOptions(grouping: .entity, groupAbove: around.nodes.count)
        XCTAssertEqual(try DOTWriter(store: store, options: options).document(for: around).nodeCount, around.nodes.count)
    }
}
