// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GovSim",
    products: [
        // Public libraries
        .library(name: "GovSimModel", targets: ["GovSimModel"]),
        .library(name: "GovSimText", targets: ["GovSimText"]),
        .library(name: "GovSimEngine", targets: ["GovSimEngine"]),
        .library(name: "GovSimScenario", targets: ["GovSimScenario"]),
        .library(name: "GovSimGraphviz", targets: ["GovSimGraphviz"]),
        .library(name: "GovSimReport", targets: ["GovSimReport"]),
        // The command-line tool
        .executable(name: "govsim", targets: ["govsim"]),
    ],
    targets: [
        // Model and engine: standard library and Foundation only (plus CLoopMemory's two inline
        // C functions, which Swift cannot call itself: a prefetch hint and mremap).
        .target(name: "GovSimModel"),
        // Text every output shares: the one number formatter.
        .target(name: "GovSimText"),
        .target(name: "GovSimEngine", dependencies: ["GovSimModel", "GovSimText", "CLoopMemory"]),
        // Prefetching and copy-free growth for the event loop's tables (two inline C functions).
        .target(name: "CLoopMemory"),
        .target(name: "GovSimScenario", dependencies: ["GovSimModel", "GovSimEngine"]),

        // Rendering: the only code that calls a C library.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "GovSimGraphviz", dependencies: ["CGraphviz", "GovSimModel", "GovSimText"]),

        // Outputs and the command line.
        .target(name: "GovSimReport", dependencies: ["GovSimModel", "GovSimEngine", "GovSimScenario", "GovSimGraphviz", "GovSimText"]),
        .target(name: "GovSimCLI", dependencies: ["GovSimModel", "GovSimEngine", "GovSimScenario", "GovSimGraphviz", "GovSimReport", "GovSimText"],
                plugins: ["BuildCommit"]),
        .executableTarget(name: "govsim", dependencies: ["GovSimCLI"]),
        // The commit a build is made from, for `govsim --version` (SwiftPM's own plugin API, no dependency).
        .plugin(name: "BuildCommit", capability: .buildTool()),

        // Tests: one target per library, plus the command line end to end.
        // Helpers several test targets share (the checkout's paths, scratch folders, programs
        // run as child processes); Foundation only, so it sits below every module it helps test.
        .target(name: "GovSimTestSupport", path: "Tests/GovSimTestSupport"),
        .testTarget(name: "GovSimModelTests", dependencies: ["GovSimModel"]),
        .testTarget(name: "GovSimEngineTests", dependencies: ["GovSimEngine", "GovSimModel"]),
        // Regressions/ holds fuzzer-found inputs the tests read from disk (not resources).
        .testTarget(name: "GovSimScenarioTests", dependencies: ["GovSimScenario", "GovSimTestSupport"], exclude: ["Regressions"]),
        // Also runs the built tool, as a user does.
        .testTarget(name: "GovSimCLITests", dependencies: ["GovSimCLI", "govsim", "GovSimTestSupport"]),
        .testTarget(name: "GovSimGraphvizTests", dependencies: ["GovSimGraphviz", "GovSimScenario", "GovSimTestSupport"]),
        // Reports end to end, and in a real browser (headless Chromium).
        .testTarget(name: "GovSimReportTests", dependencies: ["GovSimReport", "GovSimScenario", "GovSimEngine", "GovSimModel", "GovSimGraphviz", "GovSimCLI", "GovSimText",
                                                              "GovSimTestSupport"]),
        // Sweeps end to end; depends on the tool so it can run shards through GNU parallel.
        .testTarget(name: "GovSimSweepTests", dependencies: ["GovSimCLI", "GovSimReport", "GovSimScenario", "govsim", "GovSimTestSupport"]),
    ]
)
