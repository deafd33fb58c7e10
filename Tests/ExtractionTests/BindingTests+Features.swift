@testable import Extraction

/// Cases from magazine features, explainers and transcripts written apart from the extractor: names written the
/// ways people write them (the gazetteer's name forms), phrases about a name, the whole year after a part, the whole
/// of a list for every figure of its sentence, years compared "on", "above" and "below", spans of days set apart or
/// counted from "then", an answer's question, sentences that say they measure no trade, a period after the figure
/// before, the member countries of a policy, possessive names, "bloc" after any words, counts of years up to a
/// year, figures of the world, and the regions of policies.
extension BindingTests {
    static let featureCases: [Case] = [
        // A name is found in the forms people write it: the last word swapped ("goods" for "products").
        Case(text: "In the first quarter, trade in mechanical and electrical goods rose 7.7% to 5.29 trillion yuan.",
             value: "7.7", expect: ["product": "mechanical-and-electrical-products"]),
        Case(text: "In 2025, foreign-invested companies handled 29.3% of China's trade.", date: "2026-01-20",
             value: "29.3", expect: ["enterprise": "foreign-invested-enterprises"]),
        // A phrase that holds a whole name ("outbound duty-free purchases") is read as the phrase.
        Case(text: "From Dec. 18, 2025, to Jan. 10, 2026, 585,000 people made outbound duty-free purchases in Hainan, up 32.4% year on year.",
             date: "2026-01-20", value: "32.4", expect: ["flow": "", "policy": "hainan-offshore-duty-free-shopping"]),
        // "The year" after a part in words of its own is the whole year.
        Case(text: "Exports rose by 7.2% in the first half and ended the year at 26.99 trillion yuan.", date: "2026-01-20",
             value: "26990000000000", expect: ["period": "2025", "flow": "export"]),
        // A later figure of a sentence whose list named every part of a group is the group's too.
        Case(text: "In 2025, Guangdong, Jiangsu, Zhejiang, Shanghai, Shandong, Beijing and Fujian together traded 34.11 trillion yuan and contributed more than half of the country's trade growth.",
             date: "2026-01-20", value: "50", expect: ["region": "major-foreign-trade-provinces", "metric": "contribution_rate"]),
        // "On", "above" and "below" a year compare with it: the year is the base, not the figure's period.
        Case(text: "Last year China's trade reached 45.47 trillion yuan, an increase of 3.8% on 2024. Exports rose 6.1%.",
             date: "2026-01-20", value: "6.1", expect: ["period": "2025", "flow": "export"]),
        Case(text: "The full-year import bill, 18.48 trillion yuan, was just 0.5% above 2024's.", date: "2026-01-20",
             value: "0.5", expect: ["period": "2025", "flow": "import"]),
        // A span of days a sentence without figures dates is the setting of the figures after it.
        Case(text: "Let me give you a few numbers from the first weeks, from Dec. 18 to Jan. 10. In that time, 4,709 foreign trade enterprises filed for registration in Hainan.",
             date: "2026-01-14", value: "4709", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan"]),
        // An answer keeps the policy and place its question opened on.
        Case(text: "Hainan Daily:\nThe Hainan Free Trade Port launched island-wide special customs operations in December. What changes have you seen?\nWang Jun:\nFrom Dec. 18 to Jan. 10, the island's goods imports and exports reached 21.42 billion yuan.",
             date: "2026-01-14", value: "21420000000",
             expect: ["policy": "hainan-island-wide-special-customs-operations", "period": "2025-12-18/2026-01-10"], turn: false),
        // "From then until", "between then and" a day: a span from the event the text dated; "the island" is the
        // region named last.
        Case(text: "On 18 December 2025 Hainan began island-wide special customs operations. From then until 10 January 2026, the island's goods trade reached 21.42 billion yuan.",
             date: "2026-01-20", value: "21420000000", expect: ["period": "2025-12-18/2026-01-10", "region": "hainan", "flow": "total"]),
        Case(text: "On Hainan, where island-wide special customs operations began on December 18th, some 24,000 people a day bought duty-free goods between then and January 10th.",
             date: "2026-01-20", value: "24000", expect: ["period": "2025-12-18/2026-01-10", "unit": "people/day"]),
        // A sentence that says it measures no trade ("total duty-free sales") takes no flow from the one before.
        Case(text: "In 2025, Hainan's imports and exports grew 5%. Over the same period, total duty-free sales reached 3.89 billion yuan.",
             date: "2026-01-20", value: "3890000000", expect: ["flow": "", "policy": "hainan-offshore-duty-free-shopping"]),
        // A period right after the figure before is that figure's; one later in the clause is this one's.
        Case(text: "Imports fell by 6% in the first quarter and were still 2.7% down at the half-way mark.", date: "2026-01-20",
             value: "-2.7", expect: ["period": "2025-H1", "flow": "import"]),
        // A policy's name after words for its members names the partner group it applies to; "with them" points back
        // to the partner named last.
        Case(text: "In 2025, trade with the countries of the Belt and Road Initiative came to 23.6 trillion yuan.", date: "2026-01-20",
             value: "23600000000000", expect: ["partner": "bri-partner-countries", "policy": ""]),
        Case(text: "The biggest group is the countries that take part in the Belt and Road Initiative. Trade with them reached 23.6 trillion yuan in 2025.",
             date: "2026-01-20", value: "23600000000000", expect: ["partner": "bri-partner-countries"]),
        // A part "of" its owner is also written with the owner's possessive; a base year opening a document is not
        // its period.
        Case(text: "The foreign trade of the Greater Bay Area's mainland cities reached 9.15 trillion yuan, a rise of 4.7% on 2024.",
             date: "2026-01-20", value: "4.7", expect: ["region": "greater-bay-area-mainland-cities", "period": "2025"]),
        // "Bloc" points back to the partner group named last with any words before it.
        Case(text: "ASEAN remained China's largest trading partner. Trade with the Southeast Asian bloc grew 7.1% in the first quarter.",
             value: "7.1", expect: ["partner": "asean", "flow": "total"]),
        // A count of years up to a year is the span ending in it, and no figure.
        Case(text: "Foreign-invested companies accounted for roughly one-third of China's trade over the five years to 2024.",
             date: "2026-01-20", value: "33.33", expect: ["period": "2020/2024", "enterprise": "foreign-invested-enterprises"]),
        Case(text: "Foreign-invested companies accounted for roughly one-third of China's trade over the five years to 2024.",
             date: "2026-01-20", value: "5", expect: [:], count: 0),
        // The world is not the partner of a later part with a subject of its own, nor of a paragraph's region.
        Case(text: "The WTO has cut its forecast for global merchandise trade growth this year to 0.5%, and falling prices are biting: import prices of crude oil dropped by about 10% in 2025.",
             date: "2026-01-20", value: "-10", expect: ["partner": "", "product": "crude-oil"]),
        Case(text: "Hainan's exports rose 31.6% in 2025. The WTO has cut its forecast for growth in global merchandise trade this year to 0.5%.",
             date: "2026-01-20", value: "0.5", expect: ["partner": "world", "region": ""]),
        // A policy's figure is of the one region it applies to, and the Hainan FTP's figures are filed under Hainan
        // (`COINCIDES_WITH`).
        Case(text: "From Dec. 18, 2025, to Jan. 10, 2026, zero-tariff imports reached 460 million yuan.", date: "2026-01-20",
             value: "460000000", expect: ["region": "hainan"]),
        Case(text: "In 2025, the Hainan Free Trade Port's imports and exports grew 5.2%.", date: "2026-01-20",
             value: "5.2", expect: ["region": "hainan"]),
        // A flow word that ends a name ("high-tech imports") still says the flow.
        Case(text: "Last year our high-tech exports to the EU rose by 7.5% while high-tech imports from the EU went up 11.1%.",
             date: "2026-01-20", value: "11.1", expect: ["flow": "import", "product": "high-tech-products", "partner": "eu"]),
    ]
}
