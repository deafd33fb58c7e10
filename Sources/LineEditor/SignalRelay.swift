#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Process-wide handling of SIGINT, SIGWINCH and SIGCONT for the line editor.
///
/// A signal handler may only do async-signal-safe work, so the handler records what happened in
/// atomics and writes one byte to a self-pipe; nothing else. Two pipes are used:
///
/// - while editing, the *wake* pipe makes the editor's `poll` return, whichever thread the kernel
///   delivered the signal to, and the editor then abandons the line (Ctrl-C) or redraws it (resize);
/// - while a query runs, the *cancel* pipe wakes a watcher thread that calls the shell's callback on an
///   ordinary thread, where it may take locks or allocate (setting the engine's cancellation flag).
///
/// The state is global because a signal handler cannot carry context; there is one terminal, so one
/// `LineEditor` at a time owns the handlers.
enum SignalRelay {
    /// What the program is doing, which decides what Ctrl-C means.
    enum Mode: Int {
        /// Neither editing nor running a query: Ctrl-C is remembered and dropped at the next prompt.
        case idle = 0
        /// Inside `readStatement`: Ctrl-C abandons the line.
        case editing = 1
        /// Inside `runInterruptible`: Ctrl-C calls the interrupt callback.
        case running = 2
    }

    static let mode = Atomic<Int>(Mode.idle.rawValue)
    static let interruptPending = Atomic<Bool>(false)
    static let redrawPending = Atomic<Bool>(false)
    static let wakeRead = Atomic<Int32>(-1)
    static let wakeWrite = Atomic<Int32>(-1)
    static let cancelWrite = Atomic<Int32>(-1)
    /// The shell's callback for Ctrl-C while a query runs; read by the watcher thread.
    static let interruptCallback = Mutex<(@Sendable () -> Void)?>(nil)
    /// Whether the pipes and the watcher thread exist; they are made once and live as long as the process.
    private static let started = Mutex<Bool>(false)

    /// The signals the editor handles.
    static let handledSignals: [Int32] = [SIGINT, SIGWINCH, SIGCONT]

    /// Creates the pipes and the watcher thread on first use. Every global the handler touches is
    /// initialised here, before any handler can run, so that the handler never runs a lazy initialiser.
    static func start() {
        started.withLock { started in
            guard !started else { return }
            started = true
            _ = mode.load(ordering: .relaxed)
            _ = interruptPending.load(ordering: .relaxed)
            _ = redrawPending.load(ordering: .relaxed)
            if let (readEnd, writeEnd) = makePipe() {
                wakeRead.store(readEnd, ordering: .relaxed)
                wakeWrite.store(writeEnd, ordering: .relaxed)
            }
            if let (readEnd, writeEnd) = makePipe() {
                cancelWrite.store(writeEnd, ordering: .relaxed)
                let thread = Thread { watchCancelPipe(readEnd) }
                thread.name = "LineEditor interrupt watcher"
                thread.start()
            }
        }
    }

    /// Installs the handler for the handled signals; returns the previous actions to restore later.
    static func install() -> [Int32: sigaction] {
        start()
        var previous: [Int32: sigaction] = [:]
        for signo in handledSignals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = signalHandler
            #else
            action.__sigaction_u.__sa_handler = signalHandler
            #endif
            sigemptyset(&action.sa_mask)
            // SA_RESTART keeps the rest of the program's reads and writes from failing with EINTR; the
            // editor does not rely on EINTR because its poll also watches the wake pipe.
            action.sa_flags = SA_RESTART
            var old = sigaction()
            if sigaction(signo, &action, &old) == 0 { previous[signo] = old }
        }
        return previous
    }

    /// Puts back the actions `install` replaced.
    static func restore(_ previous: [Int32: sigaction]) {
        for (signo, old) in previous {
            var action = old
            sigaction(signo, &action, nil)
        }
    }

    /// Switches to `mode`, returning the previous one.
    @discardableResult
    static func enter(_ newMode: Mode) -> Mode {
        Mode(rawValue: mode.exchange(newMode.rawValue, ordering: .sequentiallyConsistent)) ?? .idle
    }

    /// Forgets signals that arrived before a new prompt, so an old Ctrl-C does not cancel the next line.
    static func clearPending() {
        interruptPending.store(false, ordering: .sequentiallyConsistent)
        drainWakePipe()
    }

    /// Empties the wake pipe after `poll` reported it readable.
    static func drainWakePipe() {
        let fd = wakeRead.load(ordering: .relaxed)
        guard fd >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(fd, &buffer, buffer.count) > 0 {}
    }

    private static func makePipe() -> (Int32, Int32)? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            // Non-blocking, so the handler never blocks on a full pipe and draining stops when empty.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return (fds[0], fds[1])
    }

    private static func watchCancelPipe(_ fd: Int32) {
        var byte: UInt8 = 0
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            if poll(&poller, 1, -1) < 0 { continue }
            var received = false
            while read(fd, &byte, 1) == 1 { received = true }
            if received, let callback = interruptCallback.withLock({ $0 }) { callback() }
        }
    }
}

/// The signal handler. It only loads and stores atomics, calls `write(2)` and saves `errno`, all of
/// which are async-signal-safe.
private let signalHandler: @convention(c) (Int32) -> Void = { signo in
    let savedErrno = errno
    var byte: UInt8 = 1
    if signo == SIGINT {
        if SignalRelay.mode.load(ordering: .sequentiallyConsistent) == SignalRelay.Mode.running.rawValue {
            _ = write(SignalRelay.cancelWrite.load(ordering: .relaxed), &byte, 1)
        } else {
            SignalRelay.interruptPending.store(true, ordering: .sequentiallyConsistent)
            _ = write(SignalRelay.wakeWrite.load(ordering: .relaxed), &byte, 1)
        }
    } else {
        SignalRelay.redrawPending.store(true, ordering: .sequentiallyConsistent)
        _ = write(SignalRelay.wakeWrite.load(ordering: .relaxed), &byte, 1)
    }
    errno = savedErrno
}
