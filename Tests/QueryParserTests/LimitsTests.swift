import XCTest
import QueryAST
import QueryLexer
import QueryParser

/// Inputs that try to exhaust the stack, time or memory must come back as errors or results, never crash.
final class LimitsTests: XCTestCase {
    private func assertTooDeep(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Parser.parse(text), file: file, line: line) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "expression nested too deeply (limit 256)",
                           file: file, line: line)
        }
    }

    func testDeepNestingIsASyntaxError() {
        let depth = 20_000
        assertTooDeep("RETURN " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth))
        assertTooDeep("RETURN " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        assertTooDeep("RETURN " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth))
        assertTooDeep("RETURN " + String(repeating: "f(", count: depth) + String(repeating: ")", count: depth))
        assertTooDeep("RETURN " + String(repeating: "NOT ", count: depth) + "true")
        assertTooDeep("RETURN " + String(repeating: "-", count: depth) + "1")
        assertTooDeep("RETURN 1" + String(repeating: " + 1", count: depth))
        assertTooDeep("RETURN x" + String(repeating: ".a", count: depth))
        assertTooDeep("RETURN " + String(repeating: "EXISTS { (a {k: ", count: depth) + "1"
                      + String(repeating: "}) }", count: depth))
        assertTooDeep("RETURN " + String(repeating: "(", count: depth))
    }

    func testNestingJustUnderTheLimitParses() throws {
        let depth = 250
        let text = "RETURN " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        XCTAssertEqual(ASTDescription.of(try Parser.parse(text)), "(query (return 1))")
    }

    func testDeepestAllowedNestingParsesFromASmallStack() {
        let text = "RETURN " + String(repeating: "[", count: 255) + String(repeating: "]", count: 255)
        let parsed = expectation(description: "parsed on a 256 KB thread")
        let thread = Thread {
            if (try? Parser.parse(text)) != nil { parsed.fulfill() }
        }
        thread.stackSize = 256 << 10
        thread.start()
        wait(for: [parsed], timeout: 30)
    }

    func testMegabyteStringLiteral() throws {
        let body = String(repeating: "ab中\\n", count: 250_000)
        let statement = try Parser.parse("RETURN '\(body)' AS s, 1 AS after")
        guard case .return(let projection) = statement.parts[0].clauses[0],
              case .literal(.string(let value)) = projection.items[0].expression.kind else { return XCTFail("shape") }
        XCTAssertEqual(value.unicodeScalars.count, 1_000_000)
        XCTAssertTrue(value.hasPrefix("ab中\n"))
        XCTAssertEqual(projection.items[1].expression.location.column, body.unicodeScalars.count + 17)
    }

    func testGarbageNeverTraps() {
        let alphabet = Array("()[]{}<>-=.:,;|*$'\"`/ \n0123456789abcMATCHRETURNWHERE中§\\")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? " " })
            _ = try? Parser.parse(text)
            _ = ScriptSplitter.split(text)
            _ = ScriptSplitter.isComplete(text)
        }
    }
}
