/// ANSI styling that is there only when it may be: at a terminal, without `NO_COLOR`. Text written to files
/// and pipes must stay plain, so every styled string goes through a palette that knows where it is going.
struct Palette {
    /// Whether escapes are written.
    let enabled: Bool

    /// Headings and names.
    func bold(_ text: String) -> String { styled(text, "1") }
    /// Errors.
    func red(_ text: String) -> String { styled(text, "31") }
    /// Warnings.
    func yellow(_ text: String) -> String { styled(text, "33") }

    private func styled(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
