import GraphModel
import XCTest

final class AmountTests: XCTestCase {
    func testHumanRendering() {
        let cases: [(amount: Amount, text: String)] = [
            (Amount(value: 45_470_000_000_000, unit: .cny), "45.47 trillion yuan"),
            (Amount(value: 7_550_000_000_000, unit: .cny), "7.55 trillion yuan"),
            (Amount(value: 490_130_000_000, unit: .cny), "490.13 billion yuan"),
            (Amount(value: 373_640_000_000, unit: .usd), "373.64 billion US dollars"),
            (Amount(value: 3.8, unit: .percent), "3.8%"),
            (Amount(value: 3.8, unit: .percent, signed: true), "+3.8%"),
            (Amount(value: -2.3, unit: .percent, signed: true), "-2.3%"),
            (Amount(value: 0, unit: .percent, signed: true), "0.0%"),
            (Amount(value: 8, unit: .percent, signed: true), "+8.0%"),
            (Amount(value: 1.4, unit: .pp), "1.4 pp"),
            (Amount(value: 780_000, unit: .enterprises, approximation: .over), "over 780,000 enterprises"),
            (Amount(value: 240, unit: .countries, approximation: .over), "over 240 countries"),
            (Amount(value: 2, unit: .times), "2 times"),
            (Amount(value: 1, unit: .rank), "No. 1"),
            (Amount(value: 1_200_000, unit: .tonnes, approximation: .nearly), "nearly 1.2 million tonnes"),
            (Amount(value: 0.25, unit: nil), "0.25"),
            (Amount(value: 160_000_000, unit: .cnyPerDay), "160 million yuan a day"),
            (Amount(value: 24_000, unit: .peoplePerDay, approximation: .about), "about 24,000 people a day"),
            (Amount(value: 2_000_000_000, unit: .cnyPerProject), "2 billion yuan per project"),
            (Amount(value: 60, unit: .celsius, approximation: .over), "over 60 °C"),
            (Amount(value: -3.5, unit: .hours, signed: true), "-3.5 hours"),
            (Amount(value: 1, unit: .months, approximation: .nearly), "nearly 1 month"),
            (Amount(value: 3, unit: .years), "3 years"),
        ]
        for item in cases { XCTAssertEqual(item.amount.description, item.text) }
    }

    func testMetricsThatAreChangesAreSigned() {
        XCTAssertTrue(Metric.yoyGrowth.isChange)
        XCTAssertTrue(Metric.contribution.isChange)
        XCTAssertFalse(Metric.value.isChange)
        XCTAssertFalse(Metric.share.isChange)
        XCTAssertTrue(Metric.durationChange.isChange)
        XCTAssertFalse(Metric.averageValue.isChange)
        XCTAssertFalse(Metric.limit.isChange)
    }
}
