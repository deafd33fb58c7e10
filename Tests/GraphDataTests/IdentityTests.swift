import XCTest

/// The arithmetic the texts allow: flows add up, shares agree with their values, parts fit in wholes.
/// Each test also asserts that it compared something, so that a renamed column cannot make it pass vacuously.
final class IdentityTests: XCTestCase {
    /// Export + import = total within rounding, for every set of the three stated together.
    func testExportPlusImportIsTotal() throws {
        let result = FlowIdentityCheck.problems(try BundledGraph.figures())
        XCTAssertGreaterThan(result.checked, 0, "no total/export/import triple found")
        record(result.problems)
    }

    /// A partner's, group's or enterprise type's share of China's total agrees with its value and the total.
    func testNationalSharesAgreeWithTheirValues() throws {
        let result = ShareCheck.problems(try BundledGraph.figures())
        XCTAssertGreaterThan(result.checked, 0, "no share with both its values found")
        record(result.problems)
    }

    /// A partner's, product's, region's or enterprise type's value is at most the national value.
    func testPartsDoNotExceedTheNationalValue() throws {
        let result = PartWholeCheck.problems(try BundledGraph.figures())
        XCTAssertGreaterThan(result.checked, 0, "no part with its national whole found")
        record(result.problems)
    }
}
