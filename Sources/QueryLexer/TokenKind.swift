/// What a token is, with its decoded value, so the parser never re-reads escapes or digits.
public enum TokenKind: Equatable, Sendable {
    /// A name: plain, or backquoted with the quotes removed and doubled backquotes undone.
    case identifier(String)
    /// A reserved word, whatever its case as written.
    case keyword(Keyword)
    /// An integer's magnitude (the sign is a separate token); `nil` when it does not even fit 64 unsigned
    /// bits. Kept unsigned so that `-9223372036854775808` can still be read.
    case integer(UInt64?)
    /// A floating-point literal.
    case float(Double)
    /// A string literal with its escapes decoded.
    case string(String)
    /// `$name`, without the `$`.
    case parameter(String)
    /// An operator or punctuation mark.
    case symbol(Symbol)
    /// The end of the input; always the last token, so the parser can always look one token ahead.
    case end
}
