import GraphModel

/// One problem in a graph folder, at a file, line and column.
public struct LoadError: LocatedError, Equatable {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, with a suggestion where one can be made.
    public let message: String

    /// Creates an error at a place in a file.
    public init(file: String, line: Int, column: Int, message: String) {
        self.location = SourceLocation(file: file, line: line, column: column)
        self.message = message
    }
}

/// Every problem found while loading, in file and line order. Loading is all or nothing: with any of these the
/// graph is not loaded.
public struct LoadFailure: Error, CustomStringConvertible, Sendable {
    /// The problems, sorted by file, line and column.
    public let errors: [LoadError]

    /// One problem per line, then a count.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
            + "\n\(errors.count) error\(errors.count == 1 ? "" : "s"); the graph was not loaded"
    }
}
