import Foundation

/// Swaps two folders in one step, so that whoever looks at either path — or kills the process at any
/// moment — sees a whole folder: Linux's `renameat2(RENAME_EXCHANGE)`, macOS's `renamex_np(RENAME_SWAP)`.
/// Where neither exists (old kernels, other systems) it falls back to two renames, which leave a short
/// window in which the target path is missing but both folders exist.
enum FolderExchange {
    /// Exchanges the folders at `a` and `b`; afterwards `a` holds what `b` held and the other way round.
    /// - Returns: `errno` on failure, `nil` on success.
    static func exchange(_ a: String, _ b: String) -> Int32? {
        if let result = atomicExchange(a, b) { return result == 0 ? nil : errno }
        let parked = a + ".old"
        guard rename(b, parked) == 0 else { return errno }
        guard rename(a, b) == 0 else {
            let code = errno
            rename(parked, b)
            return code
        }
        return rename(parked, a) == 0 ? nil : errno
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 2

    /// `renameat2`, looked up at run time: Swift's Glibc module does not declare it.
    private static func atomicExchange(_ a: String, _ b: String) -> Int32? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let result = function(AT_FDCWD, a, AT_FDCWD, b, renameExchange)
        return result != 0 && (errno == ENOSYS || errno == EINVAL) ? nil : result
    }
    #elseif canImport(Darwin)
    private static func atomicExchange(_ a: String, _ b: String) -> Int32? {
        renamex_np(a, b, UInt32(RENAME_SWAP))
    }
    #else
    private static func atomicExchange(_ a: String, _ b: String) -> Int32? { nil }
    #endif
}
