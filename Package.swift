// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "frontier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "frontier", targets: ["frontier"]),
        .executable(name: "frontier-bench", targets: ["frontier-bench"]),
        // For the fuzz targets in Fuzz/, a package of their own so that `swift build` and
        // `swift test` never build them (see docs/fuzzing.md).
        .library(name: "FrontierCore", targets: ["FrontierCore"]),
        .library(name: "FrontierViews", targets: ["FrontierViews"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Foundation only: dataset, validation, query, state, reduce, view-models, formatting.
        .target(name: "FrontierCore"),
        // Cells, grids, text width, sanitizer, layout, widgets. Knows no AI and no ncurses.
        .target(name: "TerminalGrid"),
        // The only place that knows both Core and the grid toolkit.
        .target(name: "FrontierViews", dependencies: ["FrontierCore", "TerminalGrid"]),
        // ncurses (libncursesw, Debian: libncurses-dev) as a system library; the shim exposes macros
        // and globals as functions. No pkgConfig: SwiftPM drops its -D flags anyway (see the shim).
        .systemLibrary(name: "CNcurses"),
        // The fatal-signal handler in C (its state in one .c file): terminal restore and the one-line crash report.
        .target(name: "CCrashGuard"),
        // The only code that imports CNcurses: screen, colours, keys, signals, the event loop.
        .target(name: "NcursesBackend", dependencies: ["TerminalGrid", "CNcurses", "CCrashGuard"]),
        .executableTarget(
            name: "frontier",
            dependencies: [
                "FrontierCore", "TerminalGrid", "FrontierViews", "NcursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed of the query engine over synthetic news (`swift build -c release --product frontier-bench`).
        .executableTarget(
            name: "frontier-bench",
            dependencies: ["FrontierCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Fixtures are read through #filePath, not as resources, like the files a user passes.
        .testTarget(name: "FrontierCoreTests", dependencies: ["FrontierCore"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalGridTests", dependencies: ["TerminalGrid"]),
        .testTarget(name: "FrontierViewsTests", dependencies: ["FrontierViews", "FrontierCore", "TerminalGrid"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalGrid"]),
        // The executable's translation of terminal input into actions, against the real decoder.
        .testTarget(name: "RuntimeTests", dependencies: ["frontier", "FrontierCore", "NcursesBackend", "CNcurses"]),
        .testTarget(name: "EndToEndTests", dependencies: ["FrontierCore"]),
    ],
    swiftLanguageModes: [.v6]
)
