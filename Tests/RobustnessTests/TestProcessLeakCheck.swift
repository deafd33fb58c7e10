/// LeakSanitizer's hook for turning its check off, defined here so that it applies to the test process only
/// (every test target is linked into one test executable) and never to the `tradegraph` and
/// `lineeditor-demo` programs the tests start: `scripts/sanitizers.sh` checks each of those at its exit, and
/// a leak fails the test that ran it.
///
/// The test process itself cannot be checked meaningfully. With the check on it reported about 60 KB in
/// 700 blocks after a run, none of it the product's: XCTest keeps its whole tree of suites, runs and test
/// instances (with what `setUp` stored in them) until `exit`, held from an enum payload whose pointer carries
/// the case in its top bits, which LeakSanitizer does not take for a pointer, so the tree looks like a
/// leaked cycle; Swift weak-reference side tables (XCTest's expectations, Foundation's `Process`) are
/// reached the same way; and swift-foundation's `readDataFromFile` leaks 4 KB for each empty file the
/// end-to-end and examples helpers read back. Suppressing XCTest's frames would hide every test's leaks too,
/// since every test runs beneath them.
///
/// Called by the sanitizer runtime at exit; returns a constant and touches nothing else. Unused in builds
/// without AddressSanitizer.
@_cdecl("__lsan_is_turned_off")
public func lsanIsTurnedOff() -> Int32 { 1 }
