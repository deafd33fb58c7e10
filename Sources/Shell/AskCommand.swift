import Questions

/// `:ask [--limit N] QUESTION` (and `?QUESTION`): a question in plain English or Chinese, answered with the
/// best figures, each as one readable statement with its source, speaker and sentence, what was understood
/// above them and the openCypher that returns them below.
struct AskCommand: ShellCommand {
    static let name = "ask"
    static let usage = ":ask [--limit N] QUESTION"
    static let summary = "a question in plain words (English or Chinese); ?QUESTION for short"

    /// How many figures an answer shows unless told otherwise.
    static let defaultLimit = 5

    let question: String
    let limit: Int

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        var limit = Self.defaultLimit
        if arguments.skip("--limit") {
            guard let word = try arguments.word(), let number = Int(word), number > 0 else {
                throw .failed("--limit needs a positive whole number; usage: \(Self.usage)")
            }
            limit = number
        }
        self.init(question: arguments.restUnquoted(), limit: limit)
    }

    init(question: String, limit: Int = AskCommand.defaultLimit) {
        self.question = question
        self.limit = limit
    }

    func run(in session: ShellSession) throws(ShellError) {
        let answer: Answer
        do { answer = try session.asker().ask(question, limit: limit) } catch { throw .failed(error.description) }
        try AnswerOutput(answer: answer, session: session).write()
    }
}
