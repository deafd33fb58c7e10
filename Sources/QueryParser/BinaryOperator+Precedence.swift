import QueryAST
import QueryLexer

/// Where each operator binds, and which symbol spells it.
extension BinaryOperator {
    var precedence: Precedence {
        switch self {
        case .or: return .or
        case .xor: return .xor
        case .and: return .and
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return .comparison
        case .in, .startsWith, .endsWith, .contains, .regexMatch: return .predicate
        case .add, .subtract: return .additive
        case .multiply, .divide, .modulo: return .multiplicative
        case .power: return .power
        }
    }

    var isComparison: Bool { precedence == .comparison }

    /// The operator written as one symbol, if any.
    static func symbol(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less, .arrowLeft: return .less
        case .lessOrEqual: return .lessOrEqual
        case .greater: return .greater
        case .greaterOrEqual: return .greaterOrEqual
        case .regexMatch: return .regexMatch
        case .plus: return .add
        case .minus: return .subtract
        case .star: return .multiply
        case .slash: return .divide
        case .percent: return .modulo
        case .caret: return .power
        default: return nil
        }
    }
}
