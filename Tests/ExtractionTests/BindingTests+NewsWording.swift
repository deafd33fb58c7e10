@testable import Extraction

/// Cases of how wire stories word their figures, beside the briefings' wording of `BindingTests.cases`: other
/// words for the flows, for pointing back, for streaks, for members of a category, for counts.
extension BindingTests {
    static let newsCases: [Case] = [
        // Shipments are exports unless they come in; sales abroad are exports, purchases from abroad imports.
        Case(text: "In the first quarter, outbound shipments of toys rose 4.2%, while inbound shipments of soybeans fell 3.1%.",
             value: "-3.1", expect: ["flow": "import", "product": "soybeans"]),
        Case(text: "In the first quarter, outbound shipments of toys rose 4.2%, while inbound shipments of soybeans fell 3.1%.",
             value: "4.2", expect: ["flow": "export", "product": "toys"]),
        Case(text: "Overseas sales of lithium batteries grew by 11.3% in the first quarter.", value: "11.3",
             expect: ["flow": "export", "product": "lithium-ion-batteries"]),
        Case(text: "Purchases from abroad of iron ore edged up 0.7% in the first quarter.", value: "0.7",
             expect: ["flow": "import", "product": "iron-ore"]),
        // "These partners", "these products" point back to the entity of their column named before, in a later
        // paragraph too.
        Case(text: "In the first quarter, trade with ASEAN rose 7.1%.\nThese partners took 16.2% of China's total trade.",
             value: "16.2", expect: ["partner": "asean", "metric": "share"]),
        Case(text: "In the first quarter, exports of industrial robots rose 31.5%.\nThese products made up 0.4% of total exports.",
             value: "0.4", expect: ["product": "industrial-robots", "flow": "export"]),
    ]
}
