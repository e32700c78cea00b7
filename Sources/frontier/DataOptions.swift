import ArgumentParser
import Foundation
import FrontierCore
import FrontierLive

/// The `--data`, `--feed` and `--refresh` options shared by every command that shows data.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A dataset file or http(s) URL to load instead of the embedded one and yours; repeat to merge several (later ones override earlier ones by id).",
        valueName: "file|url"))
    var files: [String] = []

    @Option(name: .customLong("feed"), help: ArgumentHelp(
        "JSON Lines records (one object with a kind per line) merged on top of the data: a file (followed as it grows), an http(s) URL (polled), or - for stdin. Repeatable.",
        valueName: "file.jsonl|url|-"))
    var feeds: [String] = []

    @Option(help: ArgumentHelp("Seconds between fetches of http(s) sources; unchanged sources cost a 304.", valueName: "seconds"))
    var refresh: Double = 300

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        if files.contains("-") {
            throw ValidationError("--data - is not supported; send records on stdin with --feed -")
        }
        if feeds.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("--feed - can be given once")
        }
        guard refresh.isFinite, refresh >= 0.1 else {
            throw ValidationError("--refresh must be at least 0.1 seconds")
        }
        // A week is far beyond any useful poll, and keeps the interval a Duration can hold.
        guard refresh <= 7 * 86_400 else {
            throw ValidationError("--refresh must be at most 604800 seconds (a week)")
        }
    }

    /// Whether a feed is read from stdin, so keys must come from the terminal itself.
    var readsStandardInput: Bool { feeds.contains("-") }

    /// What `load()` found: the sources, followed from here on, and what they hold now.
    struct Loaded {
        var sources: LiveSources
        var dataset: Dataset
        /// Bad feed lines and feed records that refer to unknown ids; they are skipped, not fatal.
        var feedProblems: [Diagnostic]
        var origin: String
        /// `origin` in fewer words, for a narrow header.
        var shortOrigin: String?
        /// The user's dataset, when it is shown over the embedded one: the header says how
        /// long ago it changed.
        var userDataset: String?
    }

    /// Loads every source once, or exits 65 with every problem on stderr.
    ///
    /// - Parameter following: the dashboard and `watch` follow the sources afterwards: a URL
    ///   with a cached copy starts from it and is fetched in the background, and stdin is read
    ///   as it arrives. One-shot commands fetch every URL now and read stdin to its end.
    ///   - fetchAtStart: fetch URLs before returning even when following (`watch`).
    func load(following: Bool = false, fetchAtStart: Bool = false) throws -> Loaded {
        // Without --data: the embedded dataset, and over it the user's, once `frontier update`
        // or `ingest` has written one.
        let userDataset = files.isEmpty ? UserData.path.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil } : nil
        let dataLocations = files.isEmpty ? userDataset.map { [SourceAddress($0)] } ?? [] : files.map(SourceAddress.init)
        let cache = RemoteCache.defaultDirectory(environment: ProcessInfo.processInfo.environment).map { RemoteCache(directory: $0) }
        let sources = LiveSources.open(data: dataLocations, feeds: feeds.map(SourceAddress.init),
                                       refresh: .milliseconds(Int64(refresh * 1000)), cache: cache, fetchNow: !following || fetchAtStart,
                                       embedded: files.isEmpty, limits: input.limits)
        guard sources.baseDiagnostics.isEmpty else {
            for diagnostic in sources.baseDiagnostics { StandardError.write(diagnostic.description) }
            StandardError.write(ValidationSummary(files: files, diagnostics: sources.baseDiagnostics).line)
            throw ExitCode(65)
        }
        if !following, readsStandardInput { sources.readStandardInputToEnd() }
        for notice in sources.cachedCopyNotices() { StandardError.write(notice) }
        for location in dataLocations where location.url != nil && !sources.hasBody(location) {
            // Nothing fetched and nothing cached: a one-shot command has no data to show.
            if !following || fetchAtStart {
                StandardError.write("frontier: \(location.displayName): \(sources.failure(of: location) ?? "not fetched"), and no copy is cached")
                throw ExitCode(69)
            }
        }
        // The embedded data's month, from what was just loaded when that is the embedded data
        // alone, rather than decoding it a second time at start.
        let embeddedMonth = files.isEmpty && userDataset == nil
            ? Self.newestMonth(feeds.isEmpty ? sources.dataset : UserData.embedded?.dataset ?? Dataset()) : nil
        let names = (files.isEmpty ? [Self.defaultOrigin(userDataset: userDataset, embeddedMonth: embeddedMonth)]
                                   : dataLocations.map(\.displayName))
            + feeds.map { SourceAddress($0).displayName }
        return Loaded(sources: sources, dataset: sources.dataset, feedProblems: sources.initialProblems,
                      origin: names.joined(separator: " + "),
                      shortOrigin: feeds.isEmpty ? embeddedMonth.map { "embedded \($0) · run frontier update" } : nil,
                      userDataset: userDataset)
    }

    /// What the header calls the data shown without `--data`: the embedded dataset alone, with
    /// how recent it is and how to bring it up to date, or with the user's over it.
    private static func defaultOrigin(userDataset: String?, embeddedMonth: String?) -> String {
        if userDataset != nil { return "your data" }
        return embeddedMonth.map { "embedded data from \($0) · run frontier update" } ?? "embedded dataset · run frontier update"
    }

    /// The month of a dataset's newest dated record (`2026-11`).
    private static func newestMonth(_ dataset: Dataset) -> String? {
        let dates = dataset.news.map(\.date) + dataset.prices.map(\.asOf) + dataset.models.map(\.released)
        return dates.max().map { String($0.description.prefix(7)) }
    }
}
