@testable import LineEditor
import XCTest

final class UTF8ByteDecoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var decoder = UTF8ByteDecoder()
        return bytes.compactMap { decoder.feed($0) }
    }

    func testASCIIChineseAndFourByteCharacters() {
        XCTAssertEqual(decode(Array("a中😀".utf8)), ["a", "中", "😀"])
    }

    func testMalformedBytesAreReplacedOrDropped() {
        XCTAssertEqual(decode([0xFF, 0x41]), ["\u{FFFD}", "A"])
        XCTAssertEqual(decode([0x80]), ["\u{FFFD}"])
        // A three-byte sequence cut short by another character is dropped.
        XCTAssertEqual(decode([0xE4, 0x41]), ["A"])
        XCTAssertEqual(decode([0xE4, 0xB8, 0xE4, 0xB8, 0xAD]), ["中"])
    }
}
