import LineEditor
import XCTest

final class CompletionContextTests: XCTestCase {
    /// The context with the cursor at the end of `line`.
    private func context(_ line: String) -> CompletionContext {
        CompletionContext(line: line, cursor: line.unicodeScalars.count)
    }

    func testKeywordAtStartAndAfterBlank() {
        XCTAssertEqual(context("MAT").kind, .keywordOrFunction)
        XCTAssertEqual(context("MAT").word, "MAT")
        XCTAssertEqual(context("MATCH (n) RET").word, "RET")
        XCTAssertEqual(context("MATCH (n) RET").wordStart, 10)
        XCTAssertEqual(context("").kind, .keywordOrFunction)
        XCTAssertEqual(context("RETURN co").word, "co")
    }

    func testLabelAfterColonInNodePatternAndPredicate() {
        XCTAssertEqual(context("MATCH (n:Per").kind, .label)
        XCTAssertEqual(context("MATCH (n:Per").word, "Per")
        XCTAssertEqual(context("MATCH (:").kind, .label)
        XCTAssertEqual(context("MATCH (n:Person:Co").word, "Co")
        XCTAssertEqual(context("MATCH (n) WHERE n:Com").kind, .label)
    }

    func testRelationshipTypeAfterBracketColonAndBar() {
        XCTAssertEqual(context("MATCH (a)-[:OW").kind, .relationshipType)
        XCTAssertEqual(context("MATCH (a)-[r:OW").word, "OW")
        XCTAssertEqual(context("MATCH (a)-[:OWNS|EXP").kind, .relationshipType)
        XCTAssertEqual(context("MATCH (a)-[:OWNS|EXP").word, "EXP")
        XCTAssertEqual(context("MATCH (a)-[: ").kind, .relationshipType)
    }

    func testMapValueAfterColonIsAnExpression() {
        XCTAssertEqual(context("MATCH (n:Person {name: co").kind, .keywordOrFunction)
    }

    func testPropertyKeyAfterDot() {
        XCTAssertEqual(context("RETURN n.na").kind, .propertyKey)
        XCTAssertEqual(context("RETURN n.na").word, "na")
        XCTAssertEqual(context("RETURN n.").kind, .propertyKey)
        XCTAssertEqual(context("RETURN n.").word, "")
        XCTAssertEqual(context("RETURN 国家.名").kind, .propertyKey)
    }

    func testNumbersAndRangesAreNotCompleted() {
        XCTAssertEqual(context("RETURN 1.5").kind, .nothing)
        XCTAssertEqual(context("RETURN 12").kind, .nothing)
        XCTAssertEqual(context("MATCH (a)-[*1..").kind, .nothing)
    }

    func testEntityNameInsideQuotesEnglishAndChinese() {
        let single = context("MATCH (c {name: 'Chi")
        XCTAssertEqual(single.kind, .entityName)
        XCTAssertEqual(single.word, "Chi")
        XCTAssertEqual(single.openQuote, "'")
        let chinese = context("MATCH (c) WHERE c.nameZh = \"中国")
        XCTAssertEqual(chinese.kind, .entityName)
        XCTAssertEqual(chinese.word, "中国")
        XCTAssertEqual(chinese.openQuote, "\"")
        XCTAssertEqual(chinese.wordStart, "MATCH (c) WHERE c.nameZh = \"".unicodeScalars.count)
    }

    func testClosedStringIsNotAName() {
        XCTAssertEqual(context("RETURN 'a' + co").kind, .keywordOrFunction)
        XCTAssertEqual(context("RETURN 'it\\'s' + co").word, "co")
    }

    func testCommentsAreNotCompleted() {
        XCTAssertEqual(context("RETURN 1 // MAT").kind, .nothing)
        XCTAssertEqual(context("RETURN /* MAT").kind, .nothing)
        XCTAssertEqual(context("RETURN /* x */ co").word, "co")
    }

    func testBackquotedNameCompletesByPosition() {
        let quoted = context("MATCH (n:`Per")
        XCTAssertEqual(quoted.kind, .label)
        XCTAssertEqual(quoted.word, "Per")
    }

    func testCommands() {
        XCTAssertEqual(context(":so").kind, .command)
        XCTAssertEqual(context(":so").word, ":so")
        XCTAssertEqual(context("  :").kind, .command)
        XCTAssertEqual(context("  :").wordStart, 2)
    }

    func testFileNamesAfterFileCommands() {
        for command in [":source", ":load", ":save", ":output"] {
            let found = context("\(command) data/sc")
            XCTAssertEqual(found.kind, .fileName, command)
            XCTAssertEqual(found.word, "data/sc", command)
        }
        XCTAssertEqual(context(":source ").kind, .fileName)
        XCTAssertEqual(context(":export dot out/g").kind, .fileName)
        XCTAssertEqual(context(":export dot out/g").word, "out/g")
        XCTAssertEqual(context(":export d").kind, .commandArgument(command: "export"))
        XCTAssertEqual(context(":export dot g.dot MATCH").kind, .nothing)
    }

    func testEntityNamesAfterDescribeKeepBlanks() {
        let found = context(":describe Bank of Ch")
        XCTAssertEqual(found.kind, .entityName)
        XCTAssertEqual(found.word, "Bank of Ch")
        XCTAssertEqual(context(":search '中国").word, "中国")
        XCTAssertEqual(context(":search '中国").openQuote, "'")
    }

    func testOtherCommandArguments() {
        XCTAssertEqual(context(":format cs").kind, .commandArgument(command: "format"))
        XCTAssertEqual(context(":format cs").word, "cs")
        XCTAssertEqual(context(":timing o").kind, .commandArgument(command: "timing"))
    }

    func testCursorInsideTheLineUsesOnlyTextBeforeIt() {
        let line = "MATCH (n:Per) RETURN n"
        let found = CompletionContext(line: line, cursor: 12)
        XCTAssertEqual(found.kind, .label)
        XCTAssertEqual(found.word, "Per")
        XCTAssertEqual(found.wordStart, 9)
    }

    func testWordStartCountsChineseAsOneScalar() {
        let found = context("MATCH (国家:Co")
        XCTAssertEqual(found.kind, .label)
        XCTAssertEqual(found.wordStart, 10)
    }

    func testMatchesIgnoreCaseKeepOrderAndDropDuplicates() {
        let found = context("RETURN mat")
        XCTAssertEqual(found.matches(in: ["MATCH", "MERGE", "matches", "MATCH"]), ["MATCH", "matches"])
        XCTAssertEqual(context("RETURN '中国").matches(in: ["中国银行", "中海油", "中国"]), ["中国银行", "中国"])
    }

    func testCompletionClosesTheQuoteOfAUniqueName() {
        let completion = context("RETURN '中国银").completion { kind in
            XCTAssertEqual(kind, .entityName)
            return ["中国银行", "China"]
        }
        XCTAssertEqual(completion, Completion(wordStart: 8, candidates: ["中国银行"], suffixWhenUnique: "'"))
    }

    func testCompletionAsksForTheRightList() {
        let completion = context("MATCH (a)-[:EX").completion { kind in
            kind == .relationshipType ? ["EXPORTS_TO", "OWNS"] : ["EXPLAIN"]
        }
        XCTAssertEqual(completion.candidates, ["EXPORTS_TO"])
        XCTAssertEqual(context("RETURN 1 // x").completion { _ in ["x"] }, .none)
    }
}
