#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// The statement history: libedit's wide-character `history(3)` list, which the editor's up-arrow and
/// Ctrl-R search read, plus its file.
///
/// The file is libedit's own format (`_HiStOrY_V2_` then one entry per line, with blanks and newlines
/// escaped by `strvis(3)`), so a multi-line statement stays one entry. It is written whole after each
/// entry into a new private file (`mkstemp`, mode 0600) next to the target and renamed over it, so a
/// crash never leaves half a history and a symbolic link at the path is replaced, not followed.
final class EditHistory {
    /// libedit's history list; the editor binds it with `EL_HIST`.
    let handle: OpaquePointer
    /// Where the history is kept, or `nil` to keep it in memory only.
    let path: String?
    /// Why the last load or save failed, if it did.
    private(set) var lastError: String?

    /// Creates an empty history holding at most `limit` entries, skipping an entry equal to the one before.
    init?(path: String?, limit: Int) {
        guard let handle = history_winit() else { return nil }
        self.handle = handle
        self.path = path
        tg_hist_setsize(handle, Int32(clamping: max(1, limit)))
        tg_hist_setunique(handle, 1)
    }

    deinit {
        history_wend(handle)
    }

    /// Reads the history file when it exists and is a regular file; the limit keeps the newest entries.
    func load() {
        guard let path else { return }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFREG else {
            lastError = "\(path) is not a regular file"
            return
        }
        if tg_hist_load(handle, path) < 0 { lastError = "cannot read history from \(path)" }
    }

    /// Adds `entry` as one history entry; newlines are kept.
    func add(_ entry: String) {
        var wide = WideString.make(entry)
        tg_hist_enter(handle, &wide)
    }

    /// The entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var step = tg_hist_step(handle, H_LAST)
        while let text = step {
            result.append(WideString.string(zeroTerminated: text))
            step = tg_hist_step(handle, H_PREV)
        }
        return result
    }

    /// Forgets every entry (the file is unchanged until the next save).
    func clear() {
        tg_hist_clear(handle)
    }

    /// Writes the whole history to the file through a temporary file and a rename; returns success.
    @discardableResult
    func save() -> Bool {
        guard let path else { return true }
        var template = Array((path + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            lastError = "cannot create a file next to \(path): \(String(cString: strerror(errno)))"
            return false
        }
        let temporary = template.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { String(cString: $0) } ?? ""
        }
        fchmod(fd, S_IRUSR | S_IWUSR)
        guard let file = fdopen(fd, "w") else {
            close(fd)
            unlink(temporary)
            lastError = "cannot write \(temporary)"
            return false
        }
        let written = tg_hist_save_fp(handle, file)
        let flushed = fflush(file) == 0 && fsync(fd) == 0
        fclose(file)
        guard written >= 0, flushed, rename(temporary, path) == 0 else {
            lastError = "cannot write history to \(path): \(String(cString: strerror(errno)))"
            unlink(temporary)
            return false
        }
        lastError = nil
        return true
    }
}
