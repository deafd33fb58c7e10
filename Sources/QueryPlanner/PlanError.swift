import GraphModel

/// A statement that cannot be planned: an undefined variable, an unaliased WITH item, mismatched UNION
/// columns ... — at the place in the statement it concerns.
public struct PlanError: LocatedError, Equatable {
    /// Where in the statement.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}
