/// `:timing on|off`: whether the footer says how long each statement took; alone, shows the setting.
struct TimingCommand: ShellCommand {
    static let name = "timing"
    static let usage = ":timing on|off"
    static let summary = "show the time each statement took"

    /// The new setting; `nil` to show the current one.
    let enabled: Bool?

    init(_ arguments: inout CommandArguments) throws(ShellError) {
        switch try arguments.word()?.lowercased() {
        case nil: enabled = nil
        case "on": enabled = true
        case "off": enabled = false
        case let word?: throw .failed("expected on or off, not '\(word)'; usage: \(Self.usage)")
        }
        try arguments.expectEnd(usage: Self.usage)
    }

    init(enabled: Bool?) { self.enabled = enabled }

    func run(in session: ShellSession) throws(ShellError) {
        guard let enabled else {
            session.note("timing: \(session.timing ? "on" : "off")")
            return
        }
        session.timing = enabled
    }
}
