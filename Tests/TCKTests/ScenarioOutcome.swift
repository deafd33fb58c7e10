/// How one scenario went, and what kind it is: the TCK's figures are kept apart for scenarios that expect
/// a result and scenarios that expect an error.
struct ScenarioOutcome {
    /// Whether the scenario expects a result (a read, a write, or both) or an error.
    enum Kind: String {
        case result, error
    }

    /// Which kind.
    var kind: Kind
    /// Nil when the scenario passed; else the first thing that differed from the TCK.
    var failure: String?

    /// True when every step went as the TCK says.
    var passed: Bool { failure == nil }
}
