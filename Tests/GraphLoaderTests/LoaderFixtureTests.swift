import GraphLoader
import GraphModel
import GraphStore
import XCTest

/// One fixture folder per kind of error, each pinned to its exact place and message.
final class LoaderFixtureTests: XCTestCase {
    private func fixture(_ name: String) throws -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name).path
    }

    /// The errors of loading a fixture, as `file:line:column: message` with the file reduced to its name.
    private func errors(_ names: String...) throws -> [String] {
        let folders = try names.map(fixture)
        do {
            _ = try GraphLoader.load(folders: folders)
            XCTFail("\(names) loaded but should not")
            return []
        } catch {
            return error.errors.map {
                let file = ($0.location.file ?? "").split(separator: "/").suffix(2).joined(separator: "/")
                return "\(file):\($0.location.line):\($0.location.column): \($0.message)"
            }
        }
    }

    func testGoodFolderLoadsWithTheRightCounts() throws {
        let store = try GraphLoader.load(folders: [fixture("good")])
        XCTAssertEqual(store.labelCounts.map { "\($0.name)=\($0.count)" },
                       ["Economy=1", "Measurement=3", "Partner=1", "PartnerGroup=1", "Person=1", "Product=2", "Source=1"])
        XCTAssertEqual(store.relationshipTypeCounts.map { "\($0.name)=\($0.count)" },
                       ["MEMBER_OF=1", "PARTNER=1", "PART_OF=1", "PRODUCT=1", "REPORTER=3", "SOURCE=3", "SPOKEN_BY=1", "SPOKE_AT=1"])
        let split = try XCTUnwrap(store.nodes(labeled: "Measurement", where: "id", equals: .string("m3")).first)
        XCTAssertEqual(store.property("evidence", of: split), .string("12.25%, a \"record\""))
        XCTAssertEqual(store.property("start", of: split), .string("2025-01-01"))
        XCTAssertEqual(store.property("end", of: split), .string("2025-10-31"))
        XCTAssertEqual(store.property("value", of: split), .float(12.25))
        let total = try XCTUnwrap(store.nodes(labeled: "Measurement", where: "id", equals: .string("m1")).first)
        XCTAssertEqual(store.property("value", of: total), .float(45_470_000_000_000))
        XCTAssertEqual(store.property("line", of: total), .int(3))
        let trio = try XCTUnwrap(store.nodes(named: "\"new trio\" products").first)
        XCTAssertEqual(store.property("description", of: trio), .string("Electric vehicles, lithium-ion batteries, photovoltaic products"))
        XCTAssertEqual(store.nodes(named: "EV").count, 1)
    }

    func testEachErrorKindNamesItsPlaceAndMeaning() throws {
        let cases: [(fixture: String, errors: [String])] = [
            ("bad-header", ["bad-header/measurements.csv:1:36: unknown column 'evidnce' in a measurements table; did you mean 'evidence'?"]),
            ("missing-column", ["missing-column/measurements.csv:1:1: missing column 'value': a measurements table must have id, metric, period, value, unit, source"]),
            ("duplicate-id", ["duplicate-id/measurements.csv:3:1: duplicate id 'asean': already defined at \(try fixture("duplicate-id"))/entities.csv:3"]),
            ("dangling-reference", ["dangling-reference/measurements.csv:2:21: unknown entity 'aseaan' in column partner; did you mean 'asean'?"]),
            ("wrong-label", ["wrong-label/measurements.csv:2:21: 'electric-vehicles' in column partner is a Product; expected Economy or Partner or PartnerGroup"]),
            ("bad-period", [
                "bad-period/measurements.csv:2:10: invalid period '2025-13': '13' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)",
                "bad-period/measurements.csv:3:10: invalid period '2025-02-30': '2025-02-30' is not a day of the calendar",
                "bad-period/measurements.csv:4:10: invalid period '2025-Q5': 'Q5' is no month (01-12), half (H1, H2) or quarter (Q1-Q4)",
                "bad-period/measurements.csv:5:10: invalid period '2025-06/2025-01': the range ends before it starts",
            ]),
            ("bad-number", [
                "bad-number/measurements.csv:2:15: invalid value '45,470': expected a plain decimal number such as 45470000000000 or -2.3",
                "bad-number/measurements.csv:3:15: invalid value '4.5e12': expected a plain decimal number such as 45470000000000 or -2.3",
                "bad-number/measurements.csv:3:32: invalid line 'x': expected a line number from 1",
            ]),
            ("invalid-utf8", ["invalid-utf8/measurements.csv:2:27: invalid UTF-8 in this field"]),
            ("unterminated-quote", ["unterminated-quote/measurements.csv:2:27: unterminated quoted field: the '\"' opened here is never closed"]),
            ("long-evidence", ["long-evidence/measurements.csv:2:27: evidence is 201 characters long; at most 200: quote the shortest excerpt that states the figure"]),
        ]
        for item in cases { XCTAssertEqual(try errors(item.fixture), item.errors, item.fixture) }
    }

    func testUnknownVocabularyWordsSuggestTheNearestWord() throws {
        let found = try errors("bad-vocabulary")
        XCTAssertEqual(found.count, 4)
        XCTAssertTrue(found[0].hasPrefix("bad-vocabulary/measurements.csv:2:4: unknown metric 'yoy_grwth'; did you mean 'yoy_growth'? (one of: value, yoy_growth,"), found[0])
        XCTAssertTrue(found[1].hasPrefix("bad-vocabulary/measurements.csv:3:10: unknown flow 'exports'; did you mean 'export'?"), found[1])
        XCTAssertTrue(found[2].hasPrefix("bad-vocabulary/measurements.csv:4:23: unknown unit 'RMB' (one of: CNY, USD,"), found[2])
        XCTAssertEqual(found[3], "bad-vocabulary/measurements.csv:5:27: unknown approx 'more than' (one of: over, nearly, about, under)")
    }

    func testSeveralErrorsAreAllReportedInOrder() throws {
        let found = try errors("several-errors")
        XCTAssertEqual(found.map { $0.split(separator: ":").prefix(3).joined(separator: ":") }, [
            "several-errors/measurements.csv:2:4", "several-errors/measurements.csv:3:10",
            "several-errors/measurements.csv:4:15", "several-errors/measurements.csv:4:21",
            "several-errors/measurements.csv:4:27",
        ])
        XCTAssertEqual(found[4], "several-errors/measurements.csv:4:27: unknown source 'nowhere' in column source")
    }

    func testAnIDDefinedInTwoFoldersNamesBothPlaces() throws {
        let found = try errors("good", "second-folder")
        XCTAssertEqual(found, ["second-folder/entities.csv:2:1: duplicate id 'asean': already defined at \(try fixture("good"))/entities.csv:3"])
    }

    func testAMissingFolderIsReported() throws {
        XCTAssertThrowsError(try GraphLoader.load(folders: ["/nonexistent/graph"])) { error in
            XCTAssertEqual((error as? LoadFailure)?.errors.map(\.description), ["/nonexistent/graph:1:1: no such graph folder"])
        }
    }
}
