import Foundation
import XCTest

/// The commands a newcomer finds figures and citations with, run through the binary on the bundled graph:
/// `:search`, `:quote`, `:help functions`, `:export dot` with options after the query.
final class NewcomerCommandsTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> TradeGraphProcess.Outcome {
        try TradeGraphProcess.run(arguments, in: folder.path,
                                  environment: ["TRADEGRAPH_GRAPH": "", "NO_COLOR": "1", "COLUMNS": "200"].merging(environment) { $1 })
    }

    func testSearchEveryWordFiguresAndAPlainNo() throws {
        let customs = try run(["--format", "csv", "-c", ":search Hainan special customs"])
        XCTAssert(customs.output.contains("Island-wide special customs operations of the Hainan Free Trade Port"), customs.output)
        let rate = try run(["--format", "csv", "-c", ":search 27.1%"])
        XCTAssert(rate.output.contains("fy25en-l50-3,"), rate.output)
        XCTAssert(rate.output.hasPrefix("id,figure,matched,match\n"), rate.output)
        let chinese = try run(["--format", "csv", "-c", ":search 铁道电力机车"])
        XCTAssert(chinese.output.contains("rc25-l19-4,"), chinese.output)
        let chips = try run(["--format", "csv", "-c", ":search chips"])
        XCTAssertFalse(chips.output.contains("China,"), chips.output)
        XCTAssertFalse(chips.output.contains("Macao"), chips.output)
        let none = try run(["-c", ":search integrated circuits"])
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.output, "")
        XCTAssert(none.error.hasPrefix("no entity or figure mentions 'integrated circuits' in the 5 sources"), none.error)
    }

    func testQuoteTheSentenceWithTitleDateSpeakerAndAddress() throws {
        let quote = try run(["-c", ":quote fy25en-l44-1"])
        XCTAssertEqual(quote.status, 0, quote.error)
        XCTAssertEqual(quote.output, """
            \u{201C}According to customs statistics, China's total import and export value for the year was 45.47 trillion yuan, an increase of 3.8%.\u{201D}
            \u{2014} Wang Jun, SCIO briefing on China's import and export in 2025, 2026-01-14 (fy2025-en, line 44)
              http://english.scio.gov.cn/pressroom/node_9018308.html

            """)
        let line = try run(["-c", ":quote recap-2025:9"])
        XCTAssert(line.output.hasPrefix("\u{201C}据海关统计，2025年，我国货物贸易进出口总值45.47万亿元"), line.output)
    }

    func testQuoteWithoutTheDocumentSaysWhereToPutIt() throws {
        let graph = TradeGraphProcess.root.appendingPathComponent("Graph").path
        let copy = folder.path + "/graph"
        try FileManager.default.copyItem(atPath: graph, toPath: copy)
        let quote = try run(["--graph", copy, "-c", ":quote fy25en-l44-1"])
        XCTAssertEqual(quote.status, 0, quote.error)
        XCTAssert(quote.error.contains("the document 001_56f48a4600b290e9.txt of source 'fy2025-en' is not at hand"), quote.error)
        XCTAssert(quote.error.contains("--sources DIR"), quote.error)
        XCTAssert(quote.output.hasPrefix("\u{201C}total import and export value for the year was 45.47 trillion yuan\u{201D}"), quote.output)
        let seeds = TradeGraphProcess.root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        let found = try run(["--graph", copy, "--sources", seeds, "-c", ":quote fy25en-l44-1"])
        XCTAssert(found.output.hasPrefix("\u{201C}According to customs statistics"), found.output + found.error)
    }

    func testHelpOnFunctions() throws {
        let all = try run(["-c", ":help functions"])
        for signature in ["fmt.amount(m [, lang])", "fmt.figure(m [, lang])", "trade.national(m)", "period.contains(outer, inner)",
                          "toUpper(text)", "percentileCont(x, p)"] {
            XCTAssert(all.output.contains("  " + signature), signature)
        }
        let one = try run(["-c", ":help fmt.amount"])
        XCTAssert(one.output.contains("'7.55万亿元', '增长8.0%'"), one.output)
        let examples = try run(["-c", ":help examples"])
        XCTAssert(examples.output.contains("fmt.figure(m)") && examples.output.contains("trade.national(m)"), examples.output)
    }

    func testExportOptionsAfterTheQueryAndCountsAfterFolding() throws {
        let query = "MATCH (m:Measurement)-[r:PARTNER]->(p) WHERE m.period = '2025-Q1' RETURN m, r, p LIMIT 5"
        let plain = try run(["-c", ":export dot a.dot \(query)"])
        XCTAssert(plain.error.contains("Wrote 7 nodes and 5 edges to a.dot"), plain.error)
        let folded = try run(["-c", ":export dot b.dot \(query) --fold --render png"])
        XCTAssertEqual(folded.status, 0, folded.error)
        XCTAssert(folded.error.contains("Wrote 2 nodes and 0 edges to b.dot; rendered "), folded.error)
        XCTAssert(FileManager.default.fileExists(atPath: folder.path + "/b.png"))
        let undirected = try run(["--format", "csv", "-c", ":export dot c.dot MATCH (a:Partner)--(b:PartnerGroup {id: 'asean'}) RETURN a, b LIMIT 2"])
        XCTAssertEqual(undirected.status, 0, undirected.error)
    }
}
