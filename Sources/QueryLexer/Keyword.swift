/// The reserved words of the language. Only these are recognised case-insensitively as keywords; other words
/// that read like keywords in some positions (`ALL` after UNION, `any(...)`, `shortestPath`) stay identifiers
/// so that they remain usable as names.
public enum Keyword: String, CaseIterable, Sendable {
    case match = "MATCH", optional = "OPTIONAL", `where` = "WHERE", with = "WITH", distinct = "DISTINCT"
    case order = "ORDER", by = "BY", skip = "SKIP", limit = "LIMIT"
    case asc = "ASC", ascending = "ASCENDING", desc = "DESC", descending = "DESCENDING"
    case unwind = "UNWIND", `as` = "AS", `return` = "RETURN", union = "UNION"
    case create = "CREATE", merge = "MERGE", on = "ON", set = "SET", delete = "DELETE", detach = "DETACH"
    case remove = "REMOVE", explain = "EXPLAIN"
    case and = "AND", or = "OR", xor = "XOR", not = "NOT", `in` = "IN", starts = "STARTS", ends = "ENDS"
    case contains = "CONTAINS", `is` = "IS", null = "NULL", `true` = "TRUE", `false` = "FALSE"
    case `case` = "CASE", when = "WHEN", then = "THEN", `else` = "ELSE", end = "END", exists = "EXISTS"
}
