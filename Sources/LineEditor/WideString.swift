#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Conversions between Swift strings and the `wchar_t` text that libedit's wide API uses; `wchar_t` is
/// a 32-bit Unicode scalar on Linux and macOS, so the conversion is exact.
enum WideString {
    /// The scalars of `text` followed by a terminating zero, ready to pass to libedit.
    static func make(_ text: String) -> [wchar_t] {
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        return wide
    }

    /// The text of the `count` wide characters at `start`; invalid values become U+FFFD.
    static func string(_ start: UnsafePointer<wchar_t>, count: Int) -> String {
        string(UnsafeBufferPointer(start: start, count: count))
    }

    /// The text of a sequence of wide characters; invalid values become U+FFFD.
    static func string<S: Sequence>(_ wide: S) -> String where S.Element == wchar_t {
        var scalars = String.UnicodeScalarView()
        for value in wide {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: value)) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The text of a zero-terminated wide string.
    static func string(zeroTerminated pointer: UnsafePointer<wchar_t>) -> String {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return string(pointer, count: count)
    }
}
