/// Numbers listed together share what is written once: "7.55, 3.93 and 2.49 trillion yuan" gives the first two
/// the scale and unit of the last, and "fell by 2%, 3% and 5%" gives the later two the decline of the first.
enum ListSharing {
    /// What may stand between two numbers of one list.
    private static let separators: Set<String> = [",", ", ", "、", " and ", ", and ", "和", "及", "与", " or ", "或", "，"]

    static func share(_ drafts: inout [NumberScan.Draft], folded: [Character]) {
        guard drafts.count > 1 else { return }
        for index in stride(from: drafts.count - 2, through: 0, by: -1) where isListed(drafts[index], drafts[index + 1], folded) {
            let next = drafts[index + 1]
            if drafts[index].unit == nil, drafts[index].multiplier == nil, next.unit != nil {
                drafts[index].unit = next.unit
                drafts[index].multiplier = next.multiplier
                drafts[index].notAFigure = nil
            }
        }
        for index in 1..<drafts.count where isListed(drafts[index - 1], drafts[index], folded) {
            if drafts[index - 1].isDecline, !drafts[index].isDecline, drafts[index].unit == drafts[index - 1].unit {
                drafts[index].isDecline = true
            }
        }
    }

    private static func isListed(_ first: NumberScan.Draft, _ second: NumberScan.Draft, _ folded: [Character]) -> Bool {
        guard first.end <= second.start, first.notAFigure == nil || first.notAFigure == .noUnit,
              second.notAFigure == nil else { return false }
        return separators.contains(String(folded[first.end..<second.start]))
    }
}
