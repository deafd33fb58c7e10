import Foundation

/// Starts libFuzzer's driver from a Swift `main`. SwiftPM links every executable with its own entry point
/// named `main`, so libFuzzer's `main` is never linked in; `LLVMFuzzerRunDriver` is its documented way in
/// for programs that keep their own.
public enum FuzzDriver {
    /// The function libFuzzer calls with each input; the return value must be 0.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

    /// Parses libFuzzer's command line options and fuzzes `test`; never returns.
    public static func run(_ test: TestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ test: FuzzDriver.TestOneInput) -> CInt
