import Foundation

/// The dateline a news article opens with — "BEIJING, Dec. 9 (Xinhua) --", "新华社北京12月9日电" — names where
/// and when it was filed, not a figure's region or period.
enum Dateline {
    /// English: a place (in capitals or not), a date, an agency in brackets, a dash, or a place and an agency without
    /// a date ("BEIJING (Reuters) -"); Chinese: an agency, a place, a date, 电.
    static let patterns = [
        #"^\s*[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(,\s*\d{4})?\s*(\([^)]{1,40}\))?\s*(--|—|–|-)"#,
        #"^\s*[A-Z][A-Za-z .'-]{1,30}\s*\([^)]{1,40}\)\s*(--|—|–|-)"#,
        #"^\s*[^，。,.]{0,16}?\d{1,2}月\d{1,2}日电"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// The offsets of the dateline at the start of `text`, if it has one.
    static func range(in text: String) -> Range<Int>? {
        let whole = NSRange(text.startIndex..., in: text)
        for pattern in patterns {
            guard let match = pattern.firstMatch(in: text, range: whole), let range = Range(match.range, in: text) else { continue }
            return 0..<text[..<range.upperBound].count
        }
        return nil
    }
}
