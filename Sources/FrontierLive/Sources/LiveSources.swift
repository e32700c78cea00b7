import Foundation
import FrontierCore
import FrontierResources
import SystemBackend

/// Every source the data comes from, followed while a command runs: `--data` files and URLs,
/// `--feed` files, URLs and stdin.
///
/// Shared by the dashboard and `frontier watch`. The runtime of the sources' state machine
/// (`SourcesState` and its `reduce`), which decides everything: this class only performs the
/// effects it returns (reads feed files and stdin, fetches URLs and loads data in background
/// tasks, writes the cache) and tells it what came of them, with the time. Local files are
/// watched (inotify) and never polled, so an idle process has no timers; only URLs set a
/// deadline, once per `--refresh`. Background tasks leave their results in `FinishedWork` and
/// wake the caller's loop through the `Waker`; everything else happens in `service`, on the
/// caller's thread.
///
/// The last-good rule holds for every source: a file that fails to load, or a fetched body that
/// does not validate, leaves the previous data in place and is reported until it is fixed.
public final class LiveSources {
    public typealias Update = SourceUpdate

    private var state: SourcesState
    private let cache: RemoteCache?
    private let fetcher: HTTPFetcher?
    /// How much one file, body and feed line may hold (`--max-input-size`).
    private let limits: InputLimits
    /// Each feed file's reader, by feed.
    private var tailers: [Int: FeedTailer] = [:]
    /// Stdin's line decoder, until stdin ends.
    private var standardInput: FeedStream?
    private var watcher: FileWatcher?
    private var waker: Waker?
    private let finished = FinishedWork()
    /// Cache writes, one at a time and in order, off the caller's thread.
    private let cacheWrites = DispatchQueue(label: "frontier.cache-writes")
    /// The sorts and mix the screen shows, for rows derived in the background; nil for none.
    public var derivationSettings: DerivedData.Settings?
    /// The search index on screen, for a background pass to extend when only news were added.
    public var shownIndex: BuiltSearchIndex?
    /// The news rows on screen, for a background pass to extend when only news were added.
    public var shownNews: NewsTimeline?

    /// Reads every source once: cached copies of URLs, feed files, the data files; with
    /// `fetchNow` it first fetches every URL, waiting for the answers.
    ///
    /// - Parameters:
    ///   - fetchNow: fetch every URL before returning (one-shot commands such as `snapshot`
    ///     and `list`, and `watch`). Otherwise URLs start from their cached copy, or empty, and
    ///     are fetched in the background as soon as the loop runs, so the screen never waits on
    ///     the network.
    ///   - embedded: with no data sources, the embedded dataset is the base.
    public static func open(data: [SourceAddress], feeds: [SourceAddress], refresh: Duration, cache: RemoteCache?, fetchNow: Bool,
                     embedded: Bool, limits: InputLimits = .standard) -> LiveSources {
        let needsNetwork = data.contains { $0.url != nil } || feeds.contains { $0.url != nil }
        let fetcher = needsNetwork ? HTTPFetcher(maxBodyBytes: limits.httpBodyBytes) : nil
        var starting = StartingCopies(data: data, feeds: feeds, cache: cache)
        if fetchNow, let fetcher { starting.fetchEach(with: fetcher) }
        return LiveSources(data: data, feeds: feeds, refresh: refresh, cache: cache, starting: starting,
                           embedded: embedded, fetcher: fetcher, limits: limits)
    }

    /// Opens the sources from what the URLs hold at start; reads local files, never the network.
    init(data: [SourceAddress], feeds: [SourceAddress], refresh: Duration, cache: RemoteCache?, starting: StartingCopies,
         embedded: Bool, fetcher: HTTPFetcher?, limits: InputLimits = .standard) {
        self.cache = cache
        self.fetcher = fetcher
        self.limits = limits
        let embeddedInput = DatasetLoader.Input.bytes(name: "embedded dataset", Array(EmbeddedResources.defaultDatasetJSON.utf8))
        let journals = data.compactMap(\.path).map { SourceAddress.file(JournalFile.path(forDataset: $0)) }
        state = SourcesState(data: data, feeds: feeds, journals: journals, refresh: refresh, embedded: embedded ? embeddedInput : nil)
        var ignored: [Update] = []
        func fromStart(_ role: SourceRole) {
            if let copy = starting.cached[role] { send(.cachedCopyRead(role, copy), into: &ignored) }
            if let result = starting.fetched[role] { send(.fetchedAtStart(role, result, at: starting.fetchedAt), into: &ignored) }
        }
        for index in data.indices where data[index].url != nil {
            fromStart(.data(index))
        }
        for index in state.feeds.indices {
            switch state.feeds[index].address {
            case let .file(path):
                tailers[index] = FeedTailer(path: path)
                perform(.readFeedFile(feed: index), into: &ignored)
            case .standardInput:
                standardInput = FeedStream(name: "stdin")
            case .url:
                fromStart(.feed(index))
            }
        }
        // After the feeds: a data file's journal is read before the file (see `DatasetLoader`).
        let base = DatasetLoader.merger(inputs: state.baseInputs(), limit: limits.fileBytes)
        send(.opened(base: base, at: .now, fetchedNow: starting.fetchedNow), into: &ignored)
        // What was fetched at start is on disk before a one-shot command goes on (and ends).
        cacheWrites.sync {}
    }

    /// Problems in the data sources at start; when not empty the data does not load.
    public var baseDiagnostics: [Diagnostic] { state.baseDiagnostics }
    /// Bad feed lines and feed records that refer to unknown ids, found at start.
    public var initialProblems: [Diagnostic] { state.initialProblems }
    /// The merged data as last shown.
    public var dataset: Dataset { state.dataset }

    /// Starts following: watches the local files and schedules the URLs.
    ///
    /// - Returns: a notice when the files cannot be watched (a missing directory, the inotify
    ///   limit); the sources are still read once and URLs still polled.
    public func start(waker: Waker) -> String? {
        self.waker = waker
        let paths = state.data.compactMap(\.address.path) + state.feeds.compactMap(\.address.path)
        guard !paths.isEmpty else { return nil }
        do {
            watcher = try FileWatcher(paths: paths)
            return nil
        } catch {
            return "frontier: not watching the data files: \(error)"
        }
    }

    /// Descriptors the caller's loop watches: the file watcher and stdin while it is open.
    public var descriptors: [Int32] {
        var fds = watcher.map { [$0.fileDescriptor] } ?? []
        if standardInput != nil { fds.append(STDIN_FILENO) }
        return fds
    }

    /// When the caller's loop must wake: a settling file change or a URL's next fetch; nil when
    /// only local files are followed and nothing is pending, so an idle loop sleeps.
    public var deadline: ContinuousClock.Instant? { state.deadline }

    /// Whether nothing more can arrive: no watched files, no URLs, stdin (if any) ended, and
    /// nothing still being merged.
    public var isExhausted: Bool { watcher == nil && state.isExhausted }

    /// Each source and how it stands, in command-line order, data sources first; empty for the
    /// embedded dataset alone.
    public var statuses: [SourceStatus] { state.statuses }

    /// Whether any source is a URL, whose age in the status line is worth keeping current.
    public var hasURLs: Bool { state.hasURLs }

    /// Does whatever is due after the loop woke: reads stdin and changed feeds, notes file
    /// changes, picks up finished loads and fetches, starts due fetches and loads.
    public func service(readable: Set<Int32>, now: ContinuousClock.Instant = .now) -> [Update] {
        var updates: [Update] = []
        let wallNow = Date()
        if let watcher, readable.contains(watcher.fileDescriptor) {
            send(.filesChanged(watcher.readChanges(), at: now), into: &updates)
        }
        if readable.contains(STDIN_FILENO), let event = readStandardInput(at: wallNow) {
            send(event, into: &updates)
        }
        for fetch in finished.takeFetches() {
            send(.fetchFinished(fetch, at: now, randomUnit: Double.random(in: 0..<1)), into: &updates)
        }
        send(.debounceDue(at: now), into: &updates)
        if let load = finished.takeLoad() { send(.loadFinished(load, at: wallNow), into: &updates) }
        send(.passEnded(at: now), into: &updates)
        return updates
    }

    /// Whether a data URL has a body (fetched or cached) to show.
    public func hasBody(_ address: SourceAddress) -> Bool {
        state.hasBody(address)
    }

    /// One line per URL that could not be fetched but has an earlier copy on show:
    /// `frontier: URL: could not connect; showing the copy cached at 2026-11-29T03:31:05Z`.
    public func cachedCopyNotices() -> [String] {
        state.cachedCopyNotices()
    }

    /// Why a source last failed, if it did.
    public func failure(of address: SourceAddress) -> String? {
        state.failure(of: address)
    }

    /// Reads stdin to its end, for one-shot commands (`snapshot`, `list`) given `--feed -`.
    public func readStandardInputToEnd() {
        var ignored: [Update] = []
        while standardInput != nil {
            if let event = readStandardInput(at: Date()) { send(event, into: &ignored) }
        }
        send(.standardInputDrained, into: &ignored)
    }

    // MARK: - Effects

    /// Tells the state machine what happened and performs what it asks in return.
    private func send(_ event: SourceEvent, into updates: inout [Update]) {
        for effect in reduce(&state, event) {
            perform(effect, into: &updates)
        }
    }

    private func perform(_ effect: SourceEffect, into updates: inout [Update]) {
        switch effect {
        case let .report(update):
            updates.append(update)
        case let .readFeedFile(feed):
            // Read now: what the file brings belongs to this wake-up.
            guard var tailer = tailers[feed] else { return }
            let batch = tailer.poll()
            tailers[feed] = tailer
            send(.feedFileRead(feed: feed, batch, exists: tailer.identity != nil), into: &updates)
        case let .fetch(request):
            startFetch(request)
        case let .load(request):
            startLoad(request)
        case let .storeInCache(copy):
            guard let cache else { return }
            // Never fatal: the copy on screen is unaffected, only the offline copy is older.
            cacheWrites.async { try? cache.store(copy) }
        }
    }

    /// Fetches in a task; a feed is decoded there too, off the terminal's thread.
    private func startFetch(_ request: SourceEffect.Fetch) {
        guard let fetcher else { return }
        let (finished, waker) = (finished, waker)
        Task.detached {
            let result = await fetcher.fetch(request.url, validators: request.validators, resuming: request.resume)
            let endedAt = Date()
            var feed: FeedBatch?
            if let name = request.feedName, case let .fetched(body) = result {
                feed = FeedStream.decodeWhole(body.body, name: name, linesBefore: body.resumedFrom == nil ? 0 : request.heldLines)
            }
            finished.add(SourceEvent.FetchEnded(role: request.role, result: result, endedAt: endedAt, feed: feed))
            waker?.wake()
        }
    }

    /// Loads the data sources (when asked) and merges the feeds in a task, with the rows and
    /// index the screen needs, so a large dataset never blocks keys.
    private func startLoad(_ request: SourceEffect.Load) {
        let (finished, waker, settings, limit, index, news) = (finished, waker, derivationSettings, limits.fileBytes, shownIndex,
                                                              shownNews)
        Task.detached {
            let base = request.inputs.map { DatasetLoader.merger(inputs: $0, limit: limit) }
            finished.add(request.finished(base: base, derivation: settings, shownIndex: index, shownNews: news))
            waker?.wake()
        }
    }

    /// Reads what stdin has: nil when nothing came (an interrupted read).
    private func readStandardInput(at now: Date) -> SourceEvent? {
        guard var stream = standardInput else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var count = read(STDIN_FILENO, &buffer, buffer.count)
        if count < 0, errno == EINTR || errno == EAGAIN { return nil }
        guard count > 0 else {
            // The end of the stream: its last unfinished line counts, and it is no longer watched.
            standardInput = nil
            return .standardInputEnded(stream.finish(), at: now)
        }
        // Take everything already waiting (up to 8 MB) in one batch, so a fast producer costs
        // one merge per wake-up rather than one per 64 KB.
        var batch = FeedBatch()
        var taken = 0
        while count > 0 {
            batch.append(stream.consume(buffer[0..<count]))
            taken += count
            var waiting: Int32 = 0
            guard taken < 8 << 20, ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) == 0, waiting > 0 else { break }
            count = read(STDIN_FILENO, &buffer, buffer.count)
        }
        standardInput = stream
        return .standardInputRead(batch)
    }
}
