import ArgumentParser
import Foundation
import FrontierCore
import FrontierResources

/// `frontier-bench`: how long the query engine takes over many news items, and a generator for
/// the datasets it measures.
@main
struct FrontierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier-bench",
        abstract: "Measure query parsing, filtering and sorting over synthetic news, or write such a dataset.",
        subcommands: [Measure.self, Generate.self, LoadStages.self],
        defaultSubcommand: Measure.self
    )

    static func defaultDataset() -> Dataset {
        DatasetLoader.load([(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
    }
}

/// `frontier-bench generate --news N`: a valid dataset file on stdout.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the default dataset with N synthetic news items as JSON to stdout.",
        discussion: "Open it with `frontier --data FILE` to try the dashboard on many rows."
    )

    @Option(help: "How many news items to generate.")
    var news = 100_000

    @Option(help: "The seed; the same seed gives the same dataset.")
    var seed: UInt64 = 2025

    func run() throws {
        let dataset = SyntheticDataset(seed: seed).make(newsCount: news, base: FrontierBench.defaultDataset())
        FileHandle.standardOutput.write(Data(DatasetEncoder.encode(dataset).utf8))
    }
}

/// `frontier-bench [measure]`: the table of timings.
struct Measure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time index build, parse, filter and sort over 10k, 100k and 1M synthetic news items."
    )

    @Option(parsing: .upToNextOption, help: "News counts to measure.")
    var sizes: [Int] = [10_000, 100_000, 1_000_000]

    @Option(help: "Runs of each query per size; medians and 95th percentiles are over these.")
    var iterations = 20

    @Option(help: "The seed of the synthetic dataset.")
    var seed: UInt64 = 2025

    /// What people type in the filter line: words, a phrase, fields, dates, `or` and negation.
    static let queries = [
        "deepseek",
        "\"panic mode\"",
        "org:deepseek date:2025-01",
        "tag:pricing or source:cnbc",
        "open weights -tag:release",
        "model:r1 date:2024-06..2025-01-31 not reuters",
    ]

    /// A keystroke over 100k news items must fit in one frame at 60 Hz.
    static let budgetMilliseconds = 16.0
    static let budgetSize = 100_000

    func run() throws {
        let base = FrontierBench.defaultDataset()
        print("frontier-bench: \(Self.queries.count) queries × \(iterations) runs per size; times in ms")
        print("keystroke = parse + filter of the pane's already sorted rows (filtering keeps their order)")
        print("sort = NewsTimeline built for the default (date) or a text (headline) key; order = SearchIndex.order(of:)")
        print("(both once per sort change, not per keystroke); matches = rows a query keeps, on average")
        print("")
        let header = ["news", "index build", "parse med", "parse p95", "filter med", "filter p95",
                      "keystroke p95", "sort date", "sort headline", "order", "matches"]
        var lines = [header]
        var verdict: String?
        var perQuery: [(size: Int, rows: [[String]])] = []
        for size in sizes {
            // Written out and read back, as the dashboard gets a dataset: records read from one
            // file share their repeated strings and lists, which the index relies on.
            let made = SyntheticDataset(seed: seed).make(newsCount: size, base: base)
            let dataset = DatasetLoader.load([(name: "synthetic", bytes: Array(DatasetEncoder.encode(made).utf8))]).dataset
            var build = Stopwatch()
            let index = build.measure { SearchIndex(dataset) }
            var sortByDate = Stopwatch()
            let timeline = sortByDate.measure { NewsTimeline(dataset: dataset, index: DatasetIndex(dataset)) }
            let ids = timeline.rows.ids
            var sortByHeadline = Stopwatch()
            sortByHeadline.measure {
                NewsTimeline(dataset: dataset, index: DatasetIndex(dataset), sort: SortSpec(key: "headline", descending: false))
            }
            // Once per sort change, like the sort itself.
            var ordering = Stopwatch()
            let order = ordering.measure { index.order(of: ids, pane: .news, likelyRows: timeline.rows.datasetOffsets) }

            var parse = Stopwatch()
            var filter = Stopwatch()
            var matched = 0
            var byQuery = [[Double]](repeating: [], count: Self.queries.count)
            for _ in 0..<iterations {
                for (number, text) in Self.queries.enumerated() {
                    let start = parse.samples.count
                    let query = parse.measure { try? Query.parse(text, benchmarks: dataset.benchmarks) } ?? .all
                    let rows = filter.measure { index.filter(query, in: order, mix: .standard).map { ids[$0] } }
                    byQuery[number].append(parse.samples[start] + filter.samples[start])
                    matched += rows.count
                }
            }
            perQuery.append((size, zip(Self.queries, byQuery.map(Stopwatch.init)).map { [$0, Self.ms($1.median), Self.ms($1.p95)] }))
            let keystrokeP95 = Stopwatch(samples: zip(parse.samples, filter.samples).map(+)).p95
            lines.append([Self.count(size), Self.ms(build.median), Self.ms(parse.median), Self.ms(parse.p95),
                          Self.ms(filter.median), Self.ms(filter.p95), Self.ms(keystrokeP95),
                          Self.ms(sortByDate.median), Self.ms(sortByHeadline.median),
                          Self.ms(ordering.median),
                          String(matched / max(1, iterations * Self.queries.count))])
            if size == Self.budgetSize {
                let within = keystrokeP95 <= Self.budgetMilliseconds
                verdict = "budget: a keystroke over \(Self.count(size)) news items in \(Self.ms(Self.budgetMilliseconds)) ms: "
                    + (within ? "met" : "MISSED") + " (p95 \(Self.ms(keystrokeP95)) ms)"
            }
        }
        print(Self.table(lines))
        for (size, rows) in perQuery {
            print("\nkeystroke by query at \(Self.count(size)) news items")
            print(Self.table([["query", "median", "p95"]] + rows))
        }
        if let verdict { print("\n" + verdict) }
    }

    static func count(_ value: Int) -> String {
        value >= 1_000_000 && value % 1_000_000 == 0 ? "\(value / 1_000_000)M"
            : value >= 1000 && value % 1000 == 0 ? "\(value / 1000)k" : String(value)
    }

    static func ms(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : value >= 1 ? String(format: "%.2f", value) : String(format: "%.3f", value)
    }

    static func table(_ lines: [[String]]) -> String {
        let widths = lines[0].indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column == 0 ? text + padding : padding + text
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
