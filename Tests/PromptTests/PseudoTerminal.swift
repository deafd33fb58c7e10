import Foundation
import Glibc
import XCTest

/// Runs a program under a pseudo-terminal (`forkpty`), as a person at a terminal would, so the tests
/// exercise the real libedit prompt: raw mode, echo, control keys and signals from the terminal driver.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private var output: [UInt8] = []
    /// Where the next `expect` starts searching, so each expectation looks only at newer output.
    private var searchFrom = 0
    private var exitStatus: Int32?

    /// Starts `executable` with `environment` only in a `columns`×`rows` terminal — plus the sanitizers'
    /// options, so a program under test built with a sanitizer runs as the sanitizer script set it up.
    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        let sanitizerOptions = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
        let fullEnvironment = environment.merging(sanitizerOptions) { given, _ in given }
        // Everything the child needs is built before fork: after fork only exec is called.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = fullEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        let child = forkpty(&masterDescriptor, nil, nil, &size)
        if child == 0 {
            execve(executable, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw POSIXError(.EAGAIN) }
        pid = child
        master = masterDescriptor
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `text` (UTF-8), as the keyboard would send it.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count > 0 { sent += count } else { usleep(1_000) }
        }
        // Let the program react before the next keys, as a person's typing would.
        usleep(50_000)
    }

    /// Changes the terminal size, which sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits until `text` appears in the output after the previous match; fails the test on timeout.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(needle) {
                searchFrom = range
                return true
            }
            if Date() > deadline {
                XCTFail("timed out waiting for \(text.debugDescription); output since last match: \(recent.debugDescription)",
                        file: file, line: line)
                return false
            }
            pump(milliseconds: 50)
        }
    }

    /// The output not yet matched, as text (escape sequences included).
    var recent: String { String(decoding: output[min(searchFrom, output.count)...], as: UTF8.self) }

    /// All output so far.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Reads output for a while without expecting anything.
    func settle(milliseconds: Int32 = 200) {
        pump(milliseconds: milliseconds)
    }

    /// Waits for the program to end and returns its exit status, or `nil` on timeout or a signal.
    func waitForExit(timeout: TimeInterval = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            pump(milliseconds: 20)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = status
                // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
                return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
            }
        }
        return nil
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, output.count - searchFrom >= needle.count else { return nil }
        var start = searchFrom
        while start + needle.count <= output.count {
            if output[start..<(start + needle.count)].elementsEqual(needle) { return start + needle.count }
            start += 1
        }
        return nil
    }

    private func pump(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output.append(contentsOf: buffer[..<count])
        }
    }
}
