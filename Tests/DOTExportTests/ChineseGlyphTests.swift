import DOTExport
import Foundation
import XCTest

/// Chinese names in rendered pictures are real glyphs, not the boxes with hex codes Graphviz draws when no
/// font has them: fontconfig knows the Chinese family the DOT files name, and a Chinese label drawn with the
/// files' font list is drawn exactly as that family draws it, and differently from another label.
final class ChineseGlyphTests: XCTestCase {
    func testFontconfigResolvesTheChineseFamilyForChinese() throws {
        let matched = try Self.output("fc-match", ["-f", "%{family}", PictureFonts.chinese + ":lang=zh-cn"])
        XCTAssertTrue(matched.split(separator: ",").contains { $0 == PictureFonts.chinese },
                      "fc-match gives '\(matched)' for \(PictureFonts.chinese); run scripts/setup.sh")
        let chineseFamilies = try Self.output("fc-list", [":lang=zh-cn", "family"])
        XCTAssertTrue(chineseFamilies.contains(PictureFonts.chinese), "fontconfig lists no \(PictureFonts.chinese) for zh")
    }

    func testChineseLabelsRenderAsTheChineseFamilysGlyphs() throws {
        let eu = try Self.png(label: "欧盟", font: PictureFonts.list)
        let asean = try Self.png(label: "东盟", font: PictureFonts.list)
        XCTAssertNotEqual(eu, asean, "two different Chinese labels drew the same picture")
        XCTAssertEqual(eu, try Self.png(label: "欧盟", font: PictureFonts.chinese),
                       "the font list did not draw the Chinese from \(PictureFonts.chinese)")
    }

    func testExportedFilesNameTheFontList() throws {
        let store = try Fixtures.bundledGraph()
        let text = try DOTWriter(store: store).text(for: Fixtures.newTrioWithMeasurements(in: store))
        XCTAssertEqual(text.components(separatedBy: "fontname=\"\(PictureFonts.list)\"").count - 1, 3)
    }

    /// A PNG of one plain-text node.
    private static func png(label: String, font: String) throws -> Data {
        guard Graphviz.isInstalled else { throw XCTSkip("Graphviz 'dot' is not installed") }
        let folder = try TemporaryFolder()
        let dotFile = folder.path("label.dot")
        try DOTFile.write("digraph { node [fontname=\"\(font)\", fontsize=14, shape=plaintext]; a [label=\"\(label)\"]; }\n", to: dotFile)
        let picture = try DOTRenderer.render(dotFile: dotFile, format: .png)
        return try Data(contentsOf: URL(fileURLWithPath: picture.path))
    }

    /// What a program prints; skips when it is not installed.
    private static func output(_ program: String, _ arguments: [String]) throws -> String {
        let folders = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let path = ExternalTool.find(program, in: folders) else { throw XCTSkip("\(program) is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
