import QueryAST
import QueryLexer

/// Graph patterns: `p = (a:Label {k: v})-[r:TYPE*1..3]->(b)` and the shortest-path wrappers.
extension Parser {
    mutating func parsePatternList(after keyword: String) throws(SyntaxError) -> [PatternPart] {
        var parts: [PatternPart] = []
        repeat {
            guard current.isSymbol(.leftParen) || current.kind.isIdentifier else {
                throw error("expected a pattern after \(parts.isEmpty ? keyword : "','")")
            }
            parts.append(try parsePatternPart())
        } while take(.comma)
        return parts
    }

    mutating func parsePatternPart() throws(SyntaxError) -> PatternPart {
        var pathVariable: String?
        if case .identifier(let name) = current.kind, peek(1).isSymbol(.equal) {
            pathVariable = name
            advance()
            advance()
        }
        for (word, kind) in [("shortestPath", ShortestPathKind.one), ("allShortestPaths", .all)]
        where current.isWord(word) && peek(1).isSymbol(.leftParen) {
            advance()
            advance()
            let element = try parsePatternElement()
            try expect(.rightParen, "expected ')' after the pattern of \(word)")
            return PatternPart(pathVariable: pathVariable, shortest: kind, element: element)
        }
        return PatternPart(pathVariable: pathVariable, element: try parsePatternElement())
    }

    /// A node followed by any number of relationship-and-node steps.
    mutating func parsePatternElement() throws(SyntaxError) -> PatternElement {
        try nest()
        defer { depth -= 1 }
        var element = PatternElement(start: try parseNodePattern())
        while startsRelationship() {
            let relationship = try parseRelationshipPattern()
            element.steps.append(PatternStep(relationship: relationship, node: try parseNodePattern()))
        }
        return element
    }

    private mutating func parseNodePattern() throws(SyntaxError) -> NodePattern {
        let location = current.location
        try expect(.leftParen, "expected '(' to start a node pattern")
        var node = NodePattern(location: location)
        if case .identifier(let name) = current.kind {
            node.variable = name
            advance()
        }
        node.labels = try parseLabelGroups()
        node.properties = try parsePatternProperties()
        let message = node.properties == nil ? "expected ')' to close the node pattern"
                                             : "expected ')' or ',' after property map"
        try expect(.rightParen, message)
        return node
    }

    /// `:A:B` is two groups that must all hold; `:A|B` (or `:A|:B`) is one group of alternatives.
    private mutating func parseLabelGroups() throws(SyntaxError) -> [[String]] {
        var groups: [[String]] = []
        while take(.colon) {
            var group = [try symbolicName("expected a label name after ':'")]
            while take(.pipe) {
                _ = take(.colon)
                group.append(try symbolicName("expected a label name after '|'"))
            }
            groups.append(group)
        }
        return groups
    }

    /// A map literal or a `$parameter`, the two things a pattern takes as properties.
    private mutating func parsePatternProperties() throws(SyntaxError) -> Expression? {
        let start = current
        switch current.kind {
        case .symbol(.leftBrace): return try parseMapLiteral()
        case .parameter(let name):
            advance()
            return finish(.parameter(name), from: start)
        default: return nil
        }
    }

    func startsRelationship() -> Bool {
        current.isSymbol(.minus) || current.isSymbol(.arrowLeft) || (current.isSymbol(.less) && peek(1).isSymbol(.minus))
    }

    /// `-[...]->`, `<-[...]-`, `-[...]-`, `<-->` and the bare `-->`, `<--`, `--`.
    private mutating func parseRelationshipPattern() throws(SyntaxError) -> RelationshipPattern {
        let location = current.location
        let pointsLeft = current.isSymbol(.arrowLeft) || current.isSymbol(.less)
        if current.isSymbol(.less) { advance() }
        advance()
        var relationship = RelationshipPattern(direction: .either, location: location)
        if take(.leftBracket) { try parseRelationshipDetail(into: &relationship) }
        let pointsRight: Bool
        if take(.arrowRight) {
            pointsRight = true
        } else if take(.minus) {
            pointsRight = take(.greater)
        } else {
            throw error("expected '-' or '->' to close the relationship pattern")
        }
        relationship.direction = pointsLeft == pointsRight ? .either : pointsLeft ? .incoming : .outgoing
        return relationship
    }

    /// What sits between `[` and `]`: variable, types, hop range, properties.
    private mutating func parseRelationshipDetail(into relationship: inout RelationshipPattern) throws(SyntaxError) {
        if case .identifier(let name) = current.kind {
            relationship.variable = name
            advance()
        }
        if take(.colon) {
            relationship.types = [try symbolicName("expected a relationship type after ':'")]
            while take(.pipe) {
                _ = take(.colon)
                relationship.types.append(try symbolicName("expected a relationship type after '|'"))
            }
        }
        if take(.star) { relationship.length = try parseHopRange() }
        relationship.properties = try parsePatternProperties()
        try expect(.rightBracket, "expected ']' to close the relationship pattern")
    }

    /// After `*`: nothing, `2`, `1..3`, `..4` or `2..`.
    private mutating func parseHopRange() throws(SyntaxError) -> HopRange {
        let minimum = try parseHopCount()
        guard take(.dotDot) else { return HopRange(minimum: minimum, maximum: minimum) }
        return HopRange(minimum: minimum, maximum: try parseHopCount())
    }

    private mutating func parseHopCount() throws(SyntaxError) -> Int? {
        guard case .integer(let magnitude) = current.kind else {
            if case .float = current.kind { throw error("expected a whole number of hops") }
            return nil
        }
        guard let magnitude, magnitude <= UInt64(Int.max) else { throw error("hop count too large") }
        advance()
        return Int(magnitude)
    }
}
