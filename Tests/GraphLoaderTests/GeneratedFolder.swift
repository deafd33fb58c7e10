import Foundation
import XCTest

/// A generated measurements folder large enough to be split between the bulk reader's threads (over two
/// megabytes), with quoted fields holding commas, quotes and line ends, CRLF line ends, blank lines, Chinese
/// text, the generator's `approx=true`, empty optional fields and every kind of link; removed after the test.
extension XCTestCase {
    /// The folder's path; `extraRow` is appended to the measurements as given.
    func makeGeneratedFolder(rows: Int, extraRow: String? = nil) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try writeTable(folder, "sources.csv", "id,kind,title\nsrc,briefing,Briefing\n")
        try writeTable(folder, "entities.csv", """
            id,label,name
            china,Economy,China
            asean,PartnerGroup,ASEAN
            vietnam,Partner,Vietnam
            guangdong,Region,Guangdong
            ev,Product,Electric vehicles
            private,EnterpriseType,Private enterprises
            fta,Policy,FTA
            rail,Channel,China-Europe Railway Express
            wto,Organization,WTO
            wang,Person,Wang Lingjun
            expo,Event,China International Import Expo

            """)
        var lines = ["id,metric,flow,period,value,unit,approx,reporter,partner,region,product,enterprise,policy,channel,event,source,line,speaker,evidence,note"]
        let periods = ["2025", "2025-Q1", "2025-H1", "2025-01/2025-10", "2025-12-18", "2021/2025"]
        let partners = ["", "asean", "vietnam", "china"]
        for row in 1...rows {
            let evidence = row % 7 == 0 ? "\"exports, \"\"up\"\"\n7%\"" : row % 3 == 0 ? "据海关统计，增长\(row)%" : "up \(row)% on the year before, " + String(repeating: "as the briefing said ", count: 5)
            let fields = ["m-\(row)", row % 2 == 0 ? "value" : "yoy_growth", ["total", "export", "import", ""][row % 4],
                          periods[row % periods.count], row % 5 == 0 ? "-\(row).25" : "\(row)", row % 2 == 0 ? "CNY" : "percent",
                          row % 7 == 0 ? "true" : ["", "over", "nearly"][row % 3], row % 11 == 0 ? "wto" : "",
                          partners[row % 4], row % 6 == 0 ? "guangdong" : "", row % 4 == 0 ? "ev" : "", row % 9 == 0 ? "private" : "",
                          row % 13 == 0 ? "fta" : "", row % 17 == 0 ? "rail" : "", row % 19 == 0 ? "expo" : "", "src", row % 7 == 0 ? "" : "\(row % 400 + 1)",
                          row % 10 == 0 ? "wang" : "", evidence, row % 8 == 0 ? "a note, quoted" : ""]
            lines.append(fields.map { $0.contains(",") && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 }.joined(separator: ","))
            if row % 1000 == 0 { lines.append("") }
        }
        if let extraRow { lines.append(extraRow) }
        try writeTable(folder, "measurements.csv", lines.joined(separator: "\r\n") + "\r\n")
        return folder.path
    }

    private func writeTable(_ folder: URL, _ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
