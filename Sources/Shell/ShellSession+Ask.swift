import Questions

extension ShellSession {
    /// The session's asker, made on first use over the session's engine; it follows later changes of the graph.
    func asker() throws(QuestionError) -> Asker {
        if let askerCache { return askerCache }
        let made = try Asker(engine: engine)
        askerCache = made
        return made
    }
}

extension ShellSession {
    /// Answers one question as `:ask` does, reporting a refusal on standard error; false when it was refused.
    public func ask(_ question: String, limit: Int) -> Bool {
        do {
            try AskCommand(question: question, limit: limit).run(in: self)
            return true
        } catch {
            console.standardError("tradegraph: \(error)\n")
            return false
        }
    }
}
