// swift-tools-version: 6.0
// The query engine is a pipeline, one target per stage, so that the compiler enforces that data flows one way:
// GraphModel ← GraphStore ← GraphLoader, QueryLexer ← QueryParser (→ QueryAST) ← QueryPlanner ← QueryExecutor,
// then ResultFormat and DOTExport over results, Shell (the prompt and its commands) on top, and a thin executable.
import PackageDescription

let package = Package(
    name: "TradeGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tradegraph", targets: ["tradegraph"]),
        // For Fuzz/, a separate package that builds the engine with libFuzzer instrumentation.
        .library(name: "TradeGraphEngine", targets: ["GraphModel", "GraphStore", "GraphLoader", "QueryLexer", "QueryParser", "QueryExecutor",
                                                    "TradeText", "Questions"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "GraphModel"),
        .target(name: "GraphStore", dependencies: ["GraphModel"]),
        .target(name: "GraphLoader", dependencies: ["GraphModel", "GraphStore"]),
        .target(name: "QueryLexer", dependencies: ["GraphModel"]),
        .target(name: "QueryAST", dependencies: ["GraphModel"]),
        .target(name: "QueryParser", dependencies: ["GraphModel", "QueryLexer", "QueryAST"]),
        .target(name: "QueryPlanner", dependencies: ["GraphModel", "GraphStore", "QueryAST"]),
        .target(name: "QueryExecutor", dependencies: ["GraphModel", "GraphStore", "QueryAST", "QueryLexer", "QueryParser", "QueryPlanner"]),
        // Trade text in English and Chinese (entity names, cue words, periods, numbers): one set of recognisers
        // shared by plain-words questions and by the extraction of new documents.
        .target(name: "TradeText", dependencies: ["GraphModel", "GraphStore"], resources: [.copy("Resources")]),
        // Plain-words questions: text → interpretation → ranked figures → openCypher → the executor.
        .target(name: "Questions", dependencies: ["GraphModel", "GraphStore", "TradeText", "QueryLexer", "QueryExecutor"]),
        .target(name: "ResultFormat", dependencies: ["GraphModel", "GraphStore", "QueryExecutor"]),
        .target(name: "DOTExport", dependencies: ["GraphModel", "GraphStore", "QueryExecutor"]),
        .target(name: "Charts", dependencies: ["GraphModel", "QueryExecutor", "ResultFormat", "DOTExport"]),
        .target(name: "CypherExport", dependencies: ["GraphModel", "GraphStore", "GraphLoader", "ResultFormat"]),
        .target(name: "Shell", dependencies: ["GraphModel", "GraphStore", "GraphLoader", "QueryLexer", "QueryExecutor",
                                              "ResultFormat", "DOTExport", "Charts", "CypherExport", "LineEditor", "Questions"]),
        .target(name: "Extraction", dependencies: ["GraphModel", "GraphStore", "GraphLoader", "TradeText"]),
        .executableTarget(
            name: "tradegraph",
            dependencies: [
                "GraphModel", "GraphStore", "GraphLoader", "Shell", "ResultFormat", "Extraction", "TradeText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CLibedit"]),
        .executableTarget(name: "lineeditor-demo", dependencies: ["LineEditor"]),
        .testTarget(name: "QuestionsTests", dependencies: ["Questions", "QueryExecutor", "GraphLoader", "GraphStore", "GraphModel", "TradeText"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "TradeTextTests", dependencies: ["TradeText", "GraphLoader", "GraphStore", "GraphModel"]),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphModel", "GraphStore"]),
        .testTarget(name: "GraphLoaderTests", dependencies: ["GraphModel", "GraphStore", "GraphLoader"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "QueryEngineTests", dependencies: ["QueryExecutor", "GraphLoader", "GraphStore", "GraphModel"]),
        .testTarget(name: "ResultFormatTests", dependencies: ["ResultFormat", "QueryExecutor", "GraphStore", "GraphModel"]),
        .testTarget(name: "DOTExportTests", dependencies: ["DOTExport", "QueryExecutor", "GraphStore", "GraphModel", "GraphLoader"],
                    exclude: ["Golden"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "QueryExecutor", "GraphModel", "DOTExport"]),
        .testTarget(name: "CypherExportTests", dependencies: ["CypherExport", "GraphStore", "GraphModel"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Charts", "DOTExport", "GraphLoader", "GraphStore", "GraphModel", "QueryLexer", "ResultFormat"]),
        .testTarget(name: "EndToEndTests", dependencies: ["tradegraph", "QueryLexer"], exclude: ["FalkorDB"]),
        .testTarget(name: "TCKTests", dependencies: ["QueryExecutor", "GraphStore", "GraphModel"],
                    exclude: ["scope.tsv", "passing.txt"]),
        .testTarget(name: "QueryParserTests", dependencies: ["QueryLexer", "QueryAST", "QueryParser", "GraphModel"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "PromptTests", dependencies: ["lineeditor-demo"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TradeText", "GraphLoader", "GraphStore", "GraphModel"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GraphDataTests", dependencies: ["GraphLoader", "GraphStore", "GraphModel"]),
        .testTarget(name: "ExamplesTests", dependencies: ["tradegraph"]),
        .testTarget(name: "RobustnessTests", dependencies: ["tradegraph", "Shell", "QueryExecutor", "QueryParser", "QueryLexer",
                                                           "GraphLoader", "GraphStore", "GraphModel"]),
    ],
    swiftLanguageModes: [.v6]
)
