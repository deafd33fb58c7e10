import Foundation
import TradeText

/// In a bilingual document the Chinese paragraph prevails: an English figure that the Chinese states at
/// another scale (the English "billion" where the Chinese has 万亿) takes the Chinese value, and says so.
enum ChinesePrevails {
    static func check(_ figure: DraftFigure, against chinese: [NumberMention]) -> DraftFigure {
        let sameUnit = chinese.filter { $0.unit == figure.unit }
        guard !sameUnit.contains(where: { close($0.value, figure.value) }) else { return figure }
        guard let match = sameUnit.first(where: { differsByScale($0.value, figure.value) }) else { return figure }
        var checked = figure
        checked.notes.append("value taken from the Chinese text (the English says \(figure.value)); the Chinese prevails")
        checked.value = match.value
        return checked
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= abs(b) * 1e-9
    }

    private static func differsByScale(_ chinese: Double, _ english: Double) -> Bool {
        guard chinese != 0, english != 0, (chinese > 0) == (english > 0) else { return false }
        let exponent = (log10(abs(chinese / english))).rounded()
        return exponent != 0 && close(chinese, english * pow(10, exponent))
    }
}
