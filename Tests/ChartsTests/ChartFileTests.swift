import Charts
import DOTExport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GraphModel
import XCTest

/// Chart files as gnuplot draws them: an SVG that parses and holds every label, a PNG of a plausible size,
/// the script that draws the SVG, atomic replacement, and clear messages without gnuplot.
final class ChartFileTests: XCTestCase {
    private let data = ChartData(labelName: "partner group", labels: ["东盟 ASEAN", "欧盟 European Union", "非洲 Africa"], series: [
        ChartSeries(name: "2025", values: [7.55e12, 5.93e12, 2.5e12], unit: .cny, approximations: [nil, nil, .nearly]),
        ChartSeries(name: "2024", values: [6.99e12, nil, 2.1e12], unit: .cny),
    ])

    func testSVGParsesAndHoldsEveryLabelTitleAndValue() throws {
        for kind in ChartKind.allCases {
            let folder = try folder()
            let path = folder.appendingPathComponent("chart.svg").path
            try ChartFile.write(GnuplotScript(data, kind: kind, title: "贸易 trade"), to: path)
            let document = try XMLDocument(contentsOf: URL(fileURLWithPath: path))
            let texts = Set(try document.nodes(forXPath: "//*[local-name()='text']").compactMap { $0.stringValue })
            let expected = data.labels + ["贸易 trade", "7.55 trillion yuan", "nearly 2.5 trillion yuan", "2025", "2024",
                                          "partner group", "(trillion yuan)"]
            for text in expected {
                XCTAssertTrue(texts.contains { $0.contains(text) }, "\(kind): '\(text)' missing from \(texts.sorted())")
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["chart.svg"], "no temporary file left")
        }
    }

    func testPNGHasAPlausibleSize() throws {
        let path = try folder().appendingPathComponent("chart.png").path
        try ChartFile.write(GnuplotScript(data, kind: .bar), to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 960)
        XCTAssertGreaterThanOrEqual(height, 360)
        XCTAssertGreaterThan(bytes.count, 10_000, "a chart with bars and text, not an empty canvas")
    }

    func testTheScriptDrawsItsSVGWithTheSharedPaletteAndFonts() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("trade.gp").path
        try ChartFile.write(GnuplotScript(data, kind: .bar), to: path, searchPath: "")
        let script = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(script.contains("set output 'trade.svg'"))
        XCTAssertTrue(script.contains("font '\(PictureFonts.list),11'"))
        XCTAssertTrue(script.contains("\"非洲 Africa\" 2.5 \"nearly 2.5 trillion yuan\" 2.1 \"2.1 trillion yuan\""), script)
        XCTAssertTrue(script.contains("\"欧盟 European Union\" 5.93 \"5.93 trillion yuan\" ? \"\""), script)
        for index in data.series.indices { XCTAssertTrue(script.contains(PicturePalette.series(index).fill)) }
        XCTAssertTrue(script.contains("set title '2025, 2024 by partner group'"))
    }

    func testRefusalsSayWhatToDo() throws {
        let folder = try folder()
        let previous = folder.appendingPathComponent("old.svg").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: previous))
        XCTAssertThrowsError(try ChartFile.write(GnuplotScript(data, kind: .bar), to: previous, searchPath: "/nowhere")) {
            XCTAssertEqual($0 as? ChartError, .gnuplotMissing(searched: "/nowhere"))
            XCTAssertTrue("\($0)".contains("apt install gnuplot-nox"))
        }
        XCTAssertEqual(try String(contentsOfFile: previous, encoding: .utf8), "previous")
        XCTAssertThrowsError(try ChartFile.write(GnuplotScript(data, kind: .bar), to: folder.path + "/missing/c.png")) {
            XCTAssertEqual("\($0)", "cannot write '\(folder.path)/missing/c.png': the folder '\(folder.path)/missing' does not exist")
        }
        XCTAssertThrowsError(try ChartFile.write(GnuplotScript(data, kind: .bar), to: folder.appendingPathComponent("c.pdf").path)) {
            XCTAssertTrue("\($0)".contains("name the file .svg, .png or .gp"))
        }
    }

    /// A fresh folder, removed after the test; skips without gnuplot.
    private func folder() throws -> URL {
        guard ExternalTool.find("gnuplot", in: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil else {
            throw XCTSkip("gnuplot is not installed; run scripts/setup.sh")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
