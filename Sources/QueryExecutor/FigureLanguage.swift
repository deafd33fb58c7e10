/// The language a figure is stated in: English by default, Chinese when asked (`'zh'`).
public enum FigureLanguage: String, Sendable, CaseIterable {
    case en, zh

    /// The language a function argument names; `nil` for any other text, which the caller reports.
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
