import Foundation
import GraphModel
import TradeText

/// A page of news articles (a recap): an article opens with a dateline ("本报北京1月16日电", "BEIJING, Jan. 16
/// (Xinhua) --") and runs to the next headline. The period its lead paragraph names ("明确了“十五五”时期……的
/// 财政支持政策") is the period of the article's figures that name none, not the period of the page; the policy the
/// lead names ("修订《重点生态保护修复治理资金管理办法》") is what its figures that name no policy are about.
struct ArticleLead {
    /// The period the lead names, and the note saying so.
    var period: (period: Period, note: String?)?
    /// The policy the lead names.
    var policy: String?
}

extension Extractor {
    /// The article's lead after a paragraph that no speaker says: none after a headline, the lead's after a
    /// dateline, else the one before.
    func articleLead(after previous: ArticleLead?, paragraph text: String, reference: PeriodReference) -> ArticleLead? {
        if Self.isHeadline(text) { return nil }
        guard let dateline = Dateline.range(in: text) else { return previous }
        let reading = reader.read(text, reference: reference)
        let period = cues.periodChoice.candidates(reading).first { mention in
            mention.range.lowerBound >= dateline.upperBound && mention.period.firstDay != mention.period.lastDay
        }
        let policy = reading.entities.first { $0.label == "Policy" && $0.range.lowerBound >= dateline.upperBound }
        return ArticleLead(period: period.map { ($0.period, "period: the article's lead names it ('\($0.text)')") },
                           policy: policy?.id)
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
