// swift-tools-version:6.0
import PackageDescription

// The benchmark harness lives in its own package so that GovSim itself stays free of dependencies
// (swift-collections keeps its benchmarks the same way). It depends on the checkout above it.
let package = Package(
    name: "GovSimBenchmarks",
    dependencies: [
        .package(name: "GovSim", path: ".."),
    ],
    targets: [
        // `govsim-bench`: times the event loop on the reference pyramid, replications on 1 and 2
        // threads, and the collapsed org chart of a large pyramid.
        .executableTarget(
            name: "govsim-bench",
            dependencies: [
                .product(name: "GovSimModel", package: "GovSim"),
                .product(name: "GovSimEngine", package: "GovSim"),
                .product(name: "GovSimScenario", package: "GovSim"),
                .product(name: "GovSimGraphviz", package: "GovSim"),
            ]
        ),
    ]
)
