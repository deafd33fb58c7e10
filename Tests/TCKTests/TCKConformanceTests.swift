import Foundation
import XCTest

/// Runs the openCypher TCK's scenarios that lie in TradeGraph's subset (`scope.tsv` says which do not, and
/// why) through the engine, prints the pass counts per feature file and in total, and fails when a scenario
/// on the ratchet (`passing.txt`) no longer passes. `TCK_UPDATE_RATCHET=1` rewrites the ratchet;
/// `TCK_FAILURES=FILE` writes each failing scenario with its reason.
final class TCKConformanceTests: XCTestCase {
    private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let tckFolder = here.appendingPathComponent("../../../shared/tck").standardized.path

    func testScenariosOfTheSubsetPass() throws {
        guard FileManager.default.fileExists(atPath: Self.tckFolder + "/clauses") else {
            throw XCTSkip("the openCypher TCK is not at \(Self.tckFolder); its scenarios were not run")
        }
        let scope = try TCKScope(contentsOf: Self.here.appendingPathComponent("scope.tsv").path)
        let ratchet = try TCKRatchet(path: Self.here.appendingPathComponent("passing.txt").path)
        let report = try TCKReport.run(folder: Self.tckFolder, scope: scope)
        print(report.table)
        print(report.scopeTable)
        print(report.totals)
        if let path = ProcessInfo.processInfo.environment["TCK_FAILURES"] {
            try report.failureList.write(toFile: path, atomically: true, encoding: .utf8)
        }

        let passing = report.passingNames
        let lost = ratchet.names.subtracting(passing).sorted()
        for name in lost {
            XCTFail("no longer passes: \(name) — \(report.failures[name] ?? "not run (out of scope or gone)")")
        }
        let gained = passing.subtracting(ratchet.names)
        if ProcessInfo.processInfo.environment["TCK_UPDATE_RATCHET"] == "1" {
            try ratchet.write(passing)
        } else if !gained.isEmpty {
            print("TCK: \(gained.count) scenarios pass that are not on the ratchet; run with TCK_UPDATE_RATCHET=1 to add them")
        }
    }
}
