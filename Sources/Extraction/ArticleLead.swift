import Foundation
import GraphModel
import TradeText

/// A page of news articles (a recap): an article opens with a dateline ("本报北京1月16日电", "BEIJING, Jan. 16
/// (Xinhua) --") and runs to the next headline. The period its lead paragraph names ("明确了“十五五”时期……的
/// 财政支持政策") is the period of the article's figures that name none, not the period of the page.
extension Extractor {
    /// The article period after a paragraph that no speaker says: none after a headline, the lead's after a
    /// dateline, else the one before.
    func articlePeriod(after previous: (period: Period, note: String?)?, paragraph text: String,
                       reference: PeriodReference) -> (period: Period, note: String?)? {
        if Self.isHeadline(text) { return nil }
        guard let dateline = Dateline.range(in: text) else { return previous }
        let reading = reader.read(text, reference: reference)
        let lead = cues.periodChoice.candidates(reading).first { mention in
            mention.range.lowerBound >= dateline.upperBound && mention.period.firstDay != mention.period.lastDay
        }
        return lead.map { ($0.period, "period: the article's lead names it ('\($0.text)')") }
    }

    /// A headline or a byline: a short line that ends no sentence ("四部门：", "加强新能源汽车“退役”电池管理").
    static func isHeadline(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return false }
        return trimmed.count <= headlineLength && !"。.!?！？”\"".contains(last)
    }

    /// The longest a headline runs, in characters.
    static let headlineLength = 30
}
