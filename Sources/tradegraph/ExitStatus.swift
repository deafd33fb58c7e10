import ArgumentParser

/// The contract's exit statuses.
enum ExitStatus {
    /// A statement failed.
    static let statementFailed = ExitCode(1)
    /// A bad command line or a graph that does not load.
    static let unusable = ExitCode(2)
}
