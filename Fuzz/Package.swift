// swift-tools-version: 6.0
// libFuzzer targets for TradeGraph. A package of its own, so that the main build never sees
// `-sanitize=fuzzer`; `scripts/fuzz.sh` builds it with that flag and runs each target.
import Foundation
import PackageDescription

/// The main package's identity is the name of its folder, whatever the checkout is called.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// A fuzz target: its `main.swift` hands libFuzzer's driver the function to call with each input.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"])
}

let package = Package(
    name: "TradeGraphFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "TradeGraphEngine", package: main)]),
        fuzzTarget("fuzz-query"),
        fuzzTarget("fuzz-sources"),
        fuzzTarget("fuzz-entities"),
        fuzzTarget("fuzz-relations"),
        fuzzTarget("fuzz-measurements"),
        fuzzTarget("fuzz-questions"),
    ],
    swiftLanguageModes: [.v6]
)
