/// Operators and punctuation, named by how they are written so messages can quote them.
public enum Symbol: String, CaseIterable, Sendable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", leftBrace = "{", rightBrace = "}"
    case comma = ",", dot = ".", dotDot = "..", colon = ":", semicolon = ";", pipe = "|"
    case equal = "=", regexMatch = "=~", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">=", plus = "+", plusEqual = "+=", minus = "-", star = "*", slash = "/"
    case percent = "%", caret = "^", arrowRight = "->", arrowLeft = "<-"
}
