// swift-tools-version: 6.1
import PackageDescription

// Fuzz targets for what frontier reads from outside: each is an executable holding only
// LLVMFuzzerTestOneInput, linked with libFuzzer. They link only when built with
// `--sanitize fuzzer`, which is why they live in this package and not in the root one.
// Build and run them with Scripts/fuzz.sh (docs/fuzzing.md).

/// libFuzzer brings `main`; the Swift file must not be read as top-level code.
let library: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

func product(_ name: String) -> Target.Dependency { .product(name: name, package: "frontier") }
let core: [Target.Dependency] = [product("FrontierCore")]
let embedded: [Target.Dependency] = core + [product("FrontierResources")]
let live: [Target.Dependency] = core + [product("FrontierLive")]
let imports: [Target.Dependency] = core + [product("FrontierImport")]
let views: [Target.Dependency] = core + [product("FrontierViews")]
let importer: [Target.Dependency] = imports + ["FuzzSupport"]

func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency] = core) -> Target {
    .executableTarget(name: name, dependencies: dependencies, path: "Targets/\(name)", swiftSettings: library)
}

let package = Package(
    name: "frontier-fuzz",
    dependencies: [
        .package(name: "frontier", path: ".."),
    ],
    targets: [
        // What the importer targets share: translate, match against the embedded dataset.
        .target(name: "FuzzSupport", dependencies: imports + [product("FrontierResources")], path: "Support/FuzzSupport"),
        // The JSON parser, dataset decoding, validation and merging (`--data`, `validate`).
        fuzzTarget("FuzzDataset"),
        // JSON Lines feed lines in pieces of any size (`--feed`, `watch`).
        fuzzTarget("FuzzFeedLines", live),
        // RSS and Atom: the XML reader, entities, dates and links (`import rss`).
        fuzzTarget("FuzzFeedImport", importer),
        // The listing importers (`import openrouter|modelsdev|litellm|epoch`).
        fuzzTarget("FuzzOpenRouter", importer),
        fuzzTarget("FuzzModelsDev", importer),
        fuzzTarget("FuzzLiteLLM", importer),
        fuzzTarget("FuzzEpoch", importer),
        // The CSV reader alone (Epoch's format).
        fuzzTarget("FuzzCSV", imports),
        // The query language (`--query`, the `/` filter, a saved filter in state.json).
        fuzzTarget("FuzzQuery", embedded),
        // Theme files (`--theme FILE`, the user's theme folder).
        fuzzTarget("FuzzTheme", views),
    ]
)
