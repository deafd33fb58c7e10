import ArgumentParser
import Foundation
import Shell

/// Where statements come from: `-f` files and `-c` text, piped standard input, or a person at the prompt.
/// Script files are all read before anything runs, so a misspelt second file name stops the run before
/// the first file has changed anything.
enum ScriptInput {
    /// Scripts, each with the name its errors carry (`nil` for `-c`).
    case scripts([(text: String, file: String?)])
    /// Standard input is a pipe or file: one script named `<stdin>`.
    case standardInput
    /// Standard input is a terminal.
    case prompt

    /// Chooses from the command line and standard input; an unreadable file is a bad command line.
    static func choose(statements: String?, files: [String]) throws -> ScriptInput {
        guard statements != nil || !files.isEmpty else {
            return isatty(STDIN_FILENO) == 1 ? .prompt : .standardInput
        }
        var scripts: [(text: String, file: String?)] = []
        for file in files {
            switch ScriptFile.text(file) {
            case .failure(let failure) where failure.code == ENOENT: return try refuse("no such script '\(file)'")
            case .failure(let failure): return try refuse("cannot read script '\(file)': \(failure.reason)")
            case .success(nil): return try refuse("script '\(file)' is not UTF-8 text")
            case .success(let text?): scripts.append((text, file))
            }
        }
        if let statements { scripts.append((statements, nil)) }
        return .scripts(scripts)
    }

    private static func refuse(_ message: String) throws -> ScriptInput {
        FileHandle.standardError.write(Data("tradegraph: \(message)\n".utf8))
        throw ExitStatus.unusable
    }

    /// Whether a person is typing.
    var isInteractive: Bool {
        if case .prompt = self { return true }
        return false
    }

    /// Runs the input; `false` when a statement failed. Scripts stop at the first failure unless the
    /// session continues on errors, and stop at `:quit`.
    func run(in session: ShellSession) throws -> Bool {
        switch self {
        case .scripts(let scripts):
            var succeeded = true
            for script in scripts where !session.quitRequested && (succeeded || session.continueOnError) {
                succeeded = session.run(script: script.text, file: script.file) && succeeded
            }
            return succeeded
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return session.run(script: String(decoding: data, as: UTF8.self), file: "<stdin>")
        case .prompt:
            guard InteractivePrompt.run(session) else {
                FileHandle.standardError.write(Data("tradegraph: cannot start the line editor\n".utf8))
                throw ExitStatus.unusable
            }
            return !session.outputFailed
        }
    }
}
