// swift-tools-version: 6.0
// The query engine is a pipeline, one target per stage, so that the compiler enforces that data flows one way:
// GraphModel ← GraphStore ← GraphLoader, QueryLexer ← QueryParser (→ QueryAST) ← QueryPlanner ← QueryExecutor,
// then ResultFormat and DOTExport over results, Shell (the prompt and its commands) on top, and a thin executable.
import PackageDescription

let package = Package(
    name: "TradeGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tradegraph", targets: ["tradegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "GraphModel"),
        .target(name: "GraphStore", dependencies: ["GraphModel"]),
        .target(name: "GraphLoader", dependencies: ["GraphModel", "GraphStore"]),
        .target(name: "QueryAST", dependencies: ["GraphModel"]),
        .executableTarget(
            name: "tradegraph",
            dependencies: [
                "GraphModel", "GraphStore", "GraphLoader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphModel", "GraphStore"]),
        .testTarget(name: "GraphLoaderTests", dependencies: ["GraphModel", "GraphStore", "GraphLoader"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
