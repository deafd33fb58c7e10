@testable import Extraction

/// Cases from talk, argument and tables written apart from the extractor (podcasts, op-eds, fact sheets, live
/// blogs): numbers as people say them, a currency named once for the figures after it, tables whose headers say
/// what their cells measure, sections whose headings date them, prices that got cheaper, and names pointed back to
/// by what they are ("the continent", "that group").
extension BindingTests {
    static let talkCases: [Case] = [
        // A name inside a number's unit ("U.S. dollars") is no partner of the figure.
        Case(text: "In dollar terms, trade with ASEAN came in a touch over a trillion U.S. dollars.", date: "2026-01-20",
             value: "1000000000000", expect: ["partner": "asean", "unit": "USD", "approx": "over"]),
        // A dash opens a clause: a live blog's entry "10:17 — Private firms ..." has them as its subject.
        Case(text: "10:17 — Private firms did much of the lifting. Their imports and exports climbed 7.1% to 26.04 trillion yuan.",
             date: "2026-01-20", value: "26040000000000", expect: ["enterprise": "private-enterprises", "flow": "total"],
             turn: false),
    ]
}
