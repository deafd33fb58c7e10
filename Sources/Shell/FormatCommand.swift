import ResultFormat

/// `:format table|csv|tsv|json|jsonl|markdown`: how results print from now on; alone, shows the current one.
struct FormatCommand: ShellCommand {
    static let name = "format"
    static let usage = ":format table|csv|tsv|json|jsonl|markdown|vertical"
    static let summary = "how results print; alone, shows the current format"

    /// The format to switch to; `nil` to show the current one.
    let format: OutputFormat?

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        let word = try arguments.word()
        try arguments.expectEnd(usage: Self.usage)
        do { format = try word.map { word throws(UnknownOutputFormat) in try OutputFormat(parsing: word) } } catch {
            throw .failed(error.description)
        }
    }

    init(format: OutputFormat?) { self.format = format }

    func run(in session: ShellSession) throws(ShellError) {
        guard let format else {
            session.note("format: \(session.format.rawValue)")
            return
        }
        session.format = format
    }
}
