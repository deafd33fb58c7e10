import GraphModel

/// An error found while checking, planning or running a statement, at the place in the statement it concerns.
public struct QueryError: LocatedError, Equatable {
    /// Where in the statement.
    public let location: SourceLocation
    /// What is wrong, with a suggestion where one can be made.
    public let message: String

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}
