#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the character-type locale into UTF-8, because libedit measures and deletes characters by the C
/// locale: in the default "C" locale a Chinese character would be three bytes to erase and to step over.
enum TerminalLocale {
    /// Takes the user's `LC_CTYPE` from the environment and, when that is not UTF-8 (unset `LANG`, or
    /// `LANG=C`), falls back to `C.UTF-8`. Only `LC_CTYPE` is changed, not `LC_ALL`, so that number
    /// formatting and parsing elsewhere in the program keep the "C" rules.
    /// Returns whether the resulting locale is UTF-8.
    @discardableResult
    static func ensureUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the current `LC_CTYPE` encodes characters as UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
