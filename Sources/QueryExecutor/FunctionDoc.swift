/// One function as `:help functions` lists it: its name, how it is called and what it gives, with a longer
/// explanation for `:help NAME` where one line cannot say enough. The list is the one source of the function
/// names that completion and did-you-mean offer, so the help cannot miss a function they know.
public struct FunctionDoc: Sendable {
    /// The documented spelling (`toUpper`, `fmt.amount`).
    public let name: String
    /// The call with its arguments, optional ones in brackets.
    public let signature: String
    /// One line: what it returns.
    public let summary: String
    /// More, for `:help NAME`: forms, examples, errors.
    public let details: String

    init(_ signature: String, _ summary: String, details: String = "") {
        self.name = String(signature.prefix { $0 != "(" })
        self.signature = signature
        self.summary = summary
        self.details = details
    }

    /// The documentation of a function, by any capitalisation of its name.
    public static func named(_ name: String) -> FunctionDoc? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The functions in the groups `:help functions` shows: openCypher's, aggregates, the trade-statistics ones.
    public static let groups: [(title: String, functions: [FunctionDoc])] = [
        ("openCypher", FunctionDocs.openCypher), ("Aggregates", FunctionDocs.aggregates),
        ("Trade statistics", FunctionDocs.domain),
    ]

    /// Every function, in the order of `groups`.
    public static let all: [FunctionDoc] = groups.flatMap(\.functions)
}
