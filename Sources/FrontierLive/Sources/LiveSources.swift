import Foundation
import FrontierCore
import FrontierResources
import SystemBackend

/// Every source the data comes from, followed while a command runs: `--data` files and URLs,
/// `--feed` files, URLs and stdin.
///
/// Shared by the dashboard and `frontier watch`. Local files are watched (inotify) and never
/// polled, so an idle process has no timers; only URLs set a deadline, once per `--refresh`.
/// Slow work runs off the caller's thread: data files are loaded again in a detached task, and
/// URLs are fetched in tasks; both leave their results here and wake the caller's loop through
/// the `Waker`. Everything else (reading stdin and appended feed lines, merging) happens in
/// `service`, on the caller's thread.
///
/// The last-good rule holds for every source: a file that fails to load, or a fetched body that
/// does not validate, leaves the previous data in place and is reported until it is fixed.
public final class LiveSources: @unchecked Sendable {
    /// What changed after a call to `service`.
    public enum Update {
        /// The merged data loaded; `problems` are records left out (bad feed lines, unknown ids).
        /// `derived` is its rows and index, when a background reload could build them.
        case loaded(Dataset, problems: [Diagnostic], derived: DerivedData?)
        /// A data source changed but does not load; the last good data stays.
        case failed([Diagnostic])
        /// A URL could not be fetched; what it held before stays. The message says when it is tried again.
        case fetchFailed(source: String, message: String)
    }

    struct DataSource {
        let location: SourceLocation
        /// The last good body of a URL source; files are read from disk on each load.
        var body: [UInt8]?
        var validators: Validators?
        var health: SourceStatus.State = .waiting
    }

    struct FeedSource {
        let location: SourceLocation
        var tailer: FeedTailer?
        var stream: FeedStream?
        var validators: Validators?
        var health: SourceStatus.State = .live
    }

    /// When a URL is fetched next, and how the last fetches went.
    struct Poll {
        var next: ContinuousClock.Instant
        var failures = 0
        var inFlight = false
    }

    /// Which source a URL is.
    enum Role: Hashable {
        case data(Int)
        case feed(Int)
    }

    private(set) var data: [DataSource]
    private let embedded: Bool
    private(set) var feeds: [FeedSource]
    private var live: LiveData
    private let schedule: PollSchedule
    private let cache: RemoteCache?
    private let fetcher: HTTPFetcher?
    /// How much one file, body and feed line may hold (`--max-input-size`).
    private let limits: InputLimits
    private var polls: [Role: Poll] = [:]
    /// The last failure of each source, kept for messages after the state moved on (offline).
    private var failures: [SourceLocation: String] = [:]
    /// When the copy a URL started from was cached, until the server answers.
    private var cachedAt: [Role: Date] = [:]
    private var watcher: FileWatcher?
    private var debouncer = Debouncer()
    private var waker: Waker?

    // Results of background work, handed over under the lock.
    private let lock = NSLock()
    private var finishedReload: Reload?
    private var finishedFetches: [FinishedFetch] = []

    /// A fetch that ended, with a fetched feed already decoded and cached by its task.
    private struct FinishedFetch {
        var role: Role
        var result: FetchResult
        var endedAt: Date
        var feed: FeedBatch?
    }

    private var loading = false
    private var reloadWanted = false
    /// Fetched data bodies waiting to be validated by the next load, by data source.
    private var candidates: [Int: FetchedBody] = [:]

    private struct Reload {
        /// The data sources loaded again; nil when only the feeds changed.
        var merger: DatasetMerger?
        var diagnostics: [Diagnostic]
        /// The fetched bodies this load tried.
        var candidates: [Int: FetchedBody]
        /// The data with the feeds as they were when the load began, merged and derived in the
        /// background; used only if no feed record arrived meanwhile.
        var merged: DatasetLoadResult?
        var derived: DerivedData?
        var feedGeneration: Int
        /// Bad lines read with the feed records this merge holds, shown with it.
        var problems: [Diagnostic]
    }

    /// Counts feed deliveries, so a background merge can tell whether it is still current.
    private var feedGeneration = 0
    /// The feed generation of the merge last shown.
    private var shownGeneration = 0
    /// Feed records arrived since the last merge began.
    private var mergeWanted = false
    /// Bad feed lines read since the last merge was shown, shown with the next one.
    private var pendingProblems: [Diagnostic] = []
    /// The sorts and mix the screen shows, for rows derived in the background; nil for none.
    public var derivationSettings: DerivedData.Settings?

    /// The merged data as last shown.
    public private(set) var dataset: Dataset

    /// Loads every source once, synchronously: files from disk, URLs from the cache, and with
    /// `fetchNow` from the network.
    ///
    /// - Parameters:
    ///   - fetchNow: fetch every URL before returning (one-shot commands such as `snapshot`
    ///     and `list`). Otherwise URLs start from their cached copy, or empty, and are fetched
    ///     in the background as soon as the loop runs, so the screen never waits on the network.
    ///   - embedded: with no data sources, the embedded dataset is the base.
    public init(data: [SourceLocation], feeds: [SourceLocation], refresh: Duration, cache: RemoteCache?, fetchNow: Bool,
         embedded: Bool, fetcher: HTTPFetcher? = nil, limits: InputLimits = .standard) {
        self.embedded = embedded
        self.limits = limits
        self.data = data.map { DataSource(location: $0) }
        self.feeds = feeds.map { FeedSource(location: $0) }
        // The first retry after an error comes soon (an eighth of the refresh, between half a
        // second and five seconds) and doubles from there up to the refresh interval.
        schedule = PollSchedule(refreshInterval: refresh, firstBackoff: min(.seconds(5), max(.milliseconds(500), refresh / 8)),
                                jitterFraction: 0.2)
        self.cache = cache
        let needsNetwork = data.contains { $0.url != nil } || feeds.contains { $0.url != nil }
        self.fetcher = needsNetwork ? (fetcher ?? HTTPFetcher(maxBodyBytes: limits.httpBodyBytes)) : nil
        live = LiveData(base: DatasetMerger())
        dataset = Dataset()
        let now = Date()
        for index in self.data.indices {
            guard let url = self.data[index].location.url else { continue }
            let copy = cache?.load(url)
            if let copy {
                self.data[index].body = copy.body
                self.data[index].validators = copy.validators
                cachedAt[.data(index)] = copy.fetchedAt
            }
            if fetchNow, let fetcher = self.fetcher {
                let result = AsyncBridge.wait { await fetcher.fetch(url, validators: copy?.validators) }
                acceptInitial(result, role: .data(index), at: now)
            }
            polls[.data(index)] = Poll(next: .now)
        }
        for index in self.feeds.indices {
            switch self.feeds[index].location {
            case let .file(path):
                var tailer = FeedTailer(path: path)
                let batch = tailer.poll()
                self.feeds[index].tailer = tailer
                initialProblems += takeTailed(batch, feed: index)
            case .standardInput:
                self.feeds[index].stream = FeedStream(name: "stdin")
            case let .url(url):
                self.feeds[index].health = .waiting
                let copy = cache?.load(url)
                if let copy {
                    self.feeds[index].validators = copy.validators
                    cachedAt[.feed(index)] = copy.fetchedAt
                    live.replace(Self.decodeFeed(copy.body, name: self.feeds[index].location.displayName).records, ofFeed: index)
                }
                if fetchNow, let fetcher = self.fetcher {
                    let result = AsyncBridge.wait { await fetcher.fetch(url, validators: copy?.validators) }
                    acceptInitial(result, role: .feed(index), at: now)
                }
                polls[.feed(index)] = Poll(next: .now)
            }
        }
        let base = DatasetLoader.merger(inputs: baseInputs(with: [:]), limit: limits.fileBytes)
        let checked = base.result()
        baseDiagnostics = checked.diagnostics
        if checked.isValid {
            // A watched file is live: a save shows at once, so it has no age to tell.
            for index in self.data.indices where self.data[index].location.path != nil {
                self.data[index].health = .live
            }
        }
        live.replaceBase(base)
        let result = live.result()
        dataset = result.dataset
        initialProblems += result.diagnostics.filter { !checked.diagnostics.contains($0) }
        // URLs fetched just now are not fetched again at once; cached ones are confirmed soon.
        for (role, poll) in polls {
            var poll = poll
            if fetchNow { poll.next = .now + schedule.refreshInterval }
            polls[role] = poll
        }
    }

    /// Problems in the data sources at start; when not empty the data does not load.
    public private(set) var baseDiagnostics: [Diagnostic] = []
    /// Bad feed lines and feed records that refer to unknown ids, found at start.
    public private(set) var initialProblems: [Diagnostic] = []

    /// Starts following: watches the local files and schedules the URLs.
    ///
    /// - Returns: a notice when the files cannot be watched (a missing directory, the inotify
    ///   limit); the sources are still read once and URLs still polled.
    public func start(waker: Waker) -> String? {
        self.waker = waker
        let paths = data.compactMap(\.location.path) + feeds.compactMap(\.location.path)
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
        if feeds.contains(where: { $0.stream != nil }) { fds.append(STDIN_FILENO) }
        return fds
    }

    /// When the caller's loop must wake: a settling file change or a URL's next fetch; nil when
    /// only local files are followed and nothing is pending, so an idle loop sleeps.
    public var deadline: ContinuousClock.Instant? {
        let fetches = polls.values.filter { !$0.inFlight }.map(\.next)
        return (fetches + [debouncer.nextDeadline].compactMap { $0 }).min()
    }

    /// Whether nothing more can arrive: no watched files, no URLs, stdin (if any) ended, and
    /// nothing still being merged.
    public var isExhausted: Bool {
        watcher == nil && polls.isEmpty && !feeds.contains { $0.stream != nil } && !loading && !mergeWanted && !reloadWanted
    }

    /// Each source and how it stands, in command-line order, data sources first; empty for the
    /// embedded dataset alone.
    public var statuses: [SourceStatus] {
        data.map { SourceStatus(name: $0.location.displayName, state: $0.health) }
            + feeds.map { SourceStatus(name: $0.location.displayName, state: $0.health) }
    }

    /// Whether any source is a URL, whose age in the status line is worth keeping current.
    public var hasURLs: Bool { !polls.isEmpty }

    /// Does whatever is due after the loop woke: reads stdin and changed feeds, notes file
    /// changes, picks up finished loads and fetches, starts due fetches and loads.
    public func service(readable: Set<Int32>, now: ContinuousClock.Instant = .now) -> [Update] {
        var updates: [Update] = []
        var feedsChanged = false
        var problems: [Diagnostic] = []
        let wallNow = Date()
        if let watcher, readable.contains(watcher.fileDescriptor) {
            debouncer.record(watcher.readChanges(), at: now)
        }
        if readable.contains(STDIN_FILENO) {
            feedsChanged = readStandardInput(at: wallNow, problems: &problems) || feedsChanged
        }
        for finished in takeFinishedFetches() {
            let role = finished.role
            switch accept(finished, now: now) {
            case .feedChanged(let found):
                feedsChanged = true
                problems += found
            case .reloadWanted:
                reloadWanted = true
            case let .failed(message):
                updates.append(.fetchFailed(source: name(of: role), message: message))
            case .nothing:
                break
            }
        }
        let due = debouncer.takeDue(at: now)
        let feedPaths = Set(feeds.compactMap(\.location.path))
        if due.contains(where: { !feedPaths.contains($0) }) { reloadWanted = true }
        for index in feeds.indices {
            guard let path = feeds[index].location.path, due.contains(path), var tailer = feeds[index].tailer else { continue }
            let batch = tailer.poll()
            feeds[index].tailer = tailer
            problems += takeTailed(batch, feed: index)
            feedsChanged = true
        }
        if feedsChanged {
            feedGeneration += 1
            mergeWanted = true
        }
        pendingProblems += problems
        if let reload = takeFinishedReload() {
            loading = false
            if let merger = reload.merger {
                if reload.diagnostics.isEmpty {
                    for (index, body) in reload.candidates {
                        data[index].body = body.body
                        data[index].validators = body.validators
                        data[index].health = .fetched(at: wallNow, status: 200)
                    }
                    for index in data.indices where data[index].location.path != nil { data[index].health = .live }
                    live.replaceBase(merger)
                } else {
                    for index in reload.candidates.keys {
                        let first = reload.diagnostics.first.map(\.description) ?? "does not load"
                        data[index].health = .failed(message: first, lastGood: lastGood(.data(index)))
                    }
                    if reload.candidates.isEmpty {
                        for index in data.indices where data[index].location.path != nil {
                            data[index].health = .failed(message: reload.diagnostics[0].description, lastGood: nil)
                        }
                    }
                }
            }
            // The merge holds the feeds as they were when it began (on the new base if it loaded,
            // else on the last good one); newer feed records start another merge below. A failed
            // reload with no feed news shows nothing new, only its problem, which must stay last.
            let baseFailed = reload.merger != nil && !reload.diagnostics.isEmpty
            var shownProblems = false
            if let merged = reload.merged, !baseFailed || reload.feedGeneration != shownGeneration {
                shownProblems = true
                dataset = merged.dataset
                shownGeneration = reload.feedGeneration
                updates.append(.loaded(merged.dataset, problems: reload.problems + merged.diagnostics, derived: reload.derived))
            }
            if baseFailed { updates.append(.failed(reload.diagnostics + (shownProblems ? [] : reload.problems))) }
        }
        startDueFetches(now: now)
        if (reloadWanted || mergeWanted), !loading { startLoading() }
        if !pendingProblems.isEmpty, !loading {
            updates.append(.failed(pendingProblems))
            pendingProblems = []
        }
        return updates
    }

    /// Whether a data URL has a body (fetched or cached) to show.
    public func hasBody(_ location: SourceLocation) -> Bool {
        data.contains { $0.location == location && $0.body != nil }
    }

    /// One line per URL that could not be fetched but has an earlier copy on show:
    /// `frontier: URL: could not connect; showing the copy cached at 2026-11-29T03:31:05Z`.
    public func cachedCopyNotices() -> [String] {
        let sources = data.map { ($0.location, $0.health) } + feeds.map { ($0.location, $0.health) }
        return sources.compactMap { location, health in
            let cachedAt: Date?
            switch health {
            case let .offline(at), let .failed(_, at): cachedAt = at
            default: cachedAt = nil
            }
            guard let cachedAt, let reason = failures[location] else { return nil }
            let time = ISO8601DateFormatter().string(from: cachedAt)
            return "frontier: \(location.displayName): \(reason); showing the copy cached at \(time)"
        }
    }

    /// Why a source last failed, if it did.
    public func failure(of location: SourceLocation) -> String? {
        failures[location]
    }

    /// Reads stdin to its end, for one-shot commands (`snapshot`, `list`) given `--feed -`.
    public func readStandardInputToEnd() {
        var problems: [Diagnostic] = []
        while feeds.contains(where: { $0.stream != nil }) {
            _ = readStandardInput(at: Date(), problems: &problems)
        }
        initialProblems += problems
        let result = live.result()
        dataset = result.dataset
        initialProblems += result.diagnostics.filter { !initialProblems.contains($0) }
    }

    // MARK: - Local sources

    /// Takes what a tailed feed file delivered. A truncated or replaced file was read again from
    /// its start, so its records replace the feed's earlier ones instead of repeating them; a
    /// missing file is said once and waited for.
    private func takeTailed(_ batch: FeedBatch, feed index: Int) -> [Diagnostic] {
        var problems = batch.diagnostics
        if batch.events.contains(.truncated) || batch.events.contains(.rotated) {
            live.replace(batch.records, ofFeed: index)
        } else {
            live.add(batch.records, fromFeed: index)
        }
        if batch.events.contains(.missing) {
            feeds[index].health = .waiting
            let path = feeds[index].location.path ?? ""
            problems.append(Diagnostic(file: path, line: 0, column: 0, path: "",
                                       message: "no such file (it is read if it appears)"))
        } else if case .waiting = feeds[index].health, !batch.records.isEmpty || feeds[index].tailer?.identity != nil {
            feeds[index].health = .live
        }
        return problems
    }

    /// Reads what stdin has; false when nothing new was decoded.
    private func readStandardInput(at now: Date, problems: inout [Diagnostic]) -> Bool {
        guard let index = feeds.firstIndex(where: { $0.stream != nil }), var stream = feeds[index].stream else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var count = read(STDIN_FILENO, &buffer, buffer.count)
        var batch = FeedBatch()
        if count > 0 {
            // Take everything already waiting (up to 8 MB) in one batch, so a fast producer
            // costs one merge per wake-up rather than one per 64 KB.
            var taken = 0
            while count > 0 {
                batch.append(stream.consume(buffer[0..<count]))
                taken += count
                var waiting: Int32 = 0
                guard taken < 8 << 20, ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) == 0, waiting > 0 else { break }
                count = read(STDIN_FILENO, &buffer, buffer.count)
            }
            feeds[index].stream = stream
        } else if count < 0, errno == EINTR || errno == EAGAIN {
            return false
        } else {
            // End of the stream: its last unfinished line counts, and it is no longer watched.
            batch = stream.finish()
            feeds[index].stream = nil
            feeds[index].health = .ended(at: now)
        }
        live.add(batch.records, fromFeed: index)
        problems += batch.diagnostics
        return !batch.records.isEmpty || feeds[index].stream == nil
    }

    private func baseInputs(with candidates: [Int: FetchedBody]) -> [DatasetLoader.Input] {
        if embedded { return [.bytes(name: "embedded dataset", Array(EmbeddedResources.defaultDatasetJSON.utf8))] }
        return data.indices.compactMap { index in
            let source = data[index]
            switch source.location {
            case let .file(path): return .file(path)
            case .url:
                guard let body = candidates[index]?.body ?? source.body else { return nil }
                return .bytes(name: source.location.displayName, body)
            case .standardInput: return nil
            }
        }
    }

    /// Starts one background pass: the data sources loaded again if they changed, then merged
    /// with the feeds as they are now, with the rows, index and changes the screen needs. Feed
    /// records merge here too, so a large dataset never blocks keys while a feed grows.
    private func startLoading() {
        let reloadBase = reloadWanted
        reloadWanted = false
        mergeWanted = false
        loading = true
        let tried = reloadBase ? candidates : [:]
        if reloadBase { candidates = [:] }
        let inputs = reloadBase ? baseInputs(with: tried) : []
        let feeds = live
        let generation = feedGeneration
        let settings = derivationSettings
        let shown = dataset
        let problems = pendingProblems
        pendingProblems = []
        Task.detached { [self] in
            var merger: DatasetMerger?
            var diagnostics: [Diagnostic] = []
            var withFeeds = feeds
            if reloadBase {
                let loaded = DatasetLoader.merger(inputs: inputs, limit: limits.fileBytes)
                diagnostics = loaded.result().diagnostics
                merger = loaded
                if diagnostics.isEmpty {
                    withFeeds.replaceBase(loaded)
                    // Only a body that loaded is kept for an offline start.
                    for body in tried.values { try? cache?.store(body.cachedCopy(fetchedAt: Date())) }
                }
            }
            let result = withFeeds.result()
            let derived = settings.map { DerivedData(dataset: result.dataset, settings: $0, previous: shown) }
            let reload = Reload(merger: merger, diagnostics: diagnostics, candidates: tried, merged: result,
                                derived: derived, feedGeneration: generation, problems: problems)
            lock.withLock { finishedReload = reload }
            waker?.wake()
        }
    }

    private func takeFinishedReload() -> Reload? {
        lock.withLock {
            defer { finishedReload = nil }
            return finishedReload
        }
    }

    // MARK: - URLs

    private enum Accepted {
        case nothing
        case reloadWanted
        case feedChanged([Diagnostic])
        case failed(String)
    }

    /// The first fetch at start: a body is taken as it is (the whole data is checked once all
    /// sources are read).
    private func acceptInitial(_ result: FetchResult, role: Role, at now: Date) {
        switch (result, role) {
        case let (.fetched(body), .data(index)):
            data[index].body = body.body
            data[index].validators = body.validators
            data[index].health = .fetched(at: now, status: 200)
            try? cache?.store(body.cachedCopy(fetchedAt: now))
        case let (.fetched(body), .feed(index)):
            feeds[index].validators = body.validators
            feeds[index].health = .fetched(at: now, status: 200)
            let batch = Self.decodeFeed(body.body, name: feeds[index].location.displayName)
            live.replace(batch.records, ofFeed: index)
            initialProblems += batch.diagnostics
            try? cache?.store(body.cachedCopy(fetchedAt: now))
        case let (.notModified(validators), .data(index)):
            data[index].validators = validators
            data[index].health = .fetched(at: now, status: 304)
        case let (.notModified(validators), .feed(index)):
            feeds[index].validators = validators
            feeds[index].health = .fetched(at: now, status: 304)
        case let (.throttled(_, failure), _), let (.failed(failure), _):
            setFailed(role, failure.reason.description, reason: failure.reason)
        }
    }

    private func accept(_ finished: FinishedFetch, now: ContinuousClock.Instant) -> Accepted {
        let (role, result, endedAt) = (finished.role, finished.result, finished.endedAt)
        var poll = polls[role] ?? Poll(next: now)
        let outcome = result.outcome(afterConsecutiveFailures: poll.failures)
        poll.inFlight = false
        poll.failures = outcome.consecutiveFailures
        poll.next = now + schedule.delay(after: outcome, randomUnit: Double.random(in: 0..<1))
        polls[role] = poll
        switch (result, role) {
        case let (.fetched(body), .data(index)):
            candidates[index] = body
            return .reloadWanted
        case let (.fetched(body), .feed(index)):
            feeds[index].validators = body.validators
            feeds[index].health = .fetched(at: endedAt, status: 200)
            let batch = finished.feed ?? Self.decodeFeed(body.body, name: feeds[index].location.displayName)
            live.replace(batch.records, ofFeed: index)
            return .feedChanged(batch.diagnostics)
        case let (.notModified(validators), .data(index)):
            data[index].validators = validators
            data[index].health = .fetched(at: endedAt, status: 304)
            return .nothing
        case let (.notModified(validators), .feed(index)):
            feeds[index].validators = validators
            feeds[index].health = .fetched(at: endedAt, status: 304)
            return .nothing
        case let (.throttled(retryAfter, failure), _):
            let message = "\(failure.reason); the server asked to wait \(Format.seconds(retryAfter))s"
            setFailed(role, message, reason: failure.reason)
            return .failed(message)
        case let (.failed(failure), _):
            setFailed(role, failure.reason.description, reason: failure.reason)
            let wait = schedule.delay(after: outcome)
            return .failed("\(failure.reason); trying again in about \(Format.seconds(wait))s")
        }
    }

    private func locationOf(_ role: Role) -> SourceLocation {
        switch role {
        case let .data(index): return data[index].location
        case let .feed(index): return feeds[index].location
        }
    }

    private func name(of role: Role) -> String {
        locationOf(role).displayName
    }

    private func setFailed(_ role: Role, _ message: String, reason: FetchFailure.Reason) {
        let last = lastGood(role)
        failures[locationOf(role)] = message
        // Unreachable with a copy on screen is offline; anything else (an error status, a
        // truncated body) is a failure.
        let offline: Bool
        switch reason {
        case .transport, .timedOut: offline = true
        case .status, .truncated, .unsupportedScheme, .cancelled, .tooLarge: offline = false
        }
        let state: SourceStatus.State = offline && last != nil ? .offline(cachedAt: last) : .failed(message: message, lastGood: last)
        switch role {
        case let .data(index): data[index].health = state
        case let .feed(index): feeds[index].health = state
        }
    }

    /// When the copy on screen from a URL was fetched: the last answer with a body, or the cache.
    private func lastGood(_ role: Role) -> Date? {
        let health: SourceStatus.State
        switch role {
        case let .data(index): health = data[index].health
        case let .feed(index): health = feeds[index].health
        }
        return SourceStatus(name: "", state: health).lastGood ?? cachedAt[role]
    }

    /// A feed fetched whole: its records replace what it held before.
    @discardableResult
    private static func decodeFeed(_ body: [UInt8], name: String) -> FeedBatch {
        var stream = FeedStream(name: name)
        var batch = stream.consume(body)
        batch.append(stream.finish())
        return batch
    }

    private func startDueFetches(now: ContinuousClock.Instant) {
        guard let fetcher else { return }
        for (role, poll) in polls where !poll.inFlight && poll.next <= now {
            let url: URL?
            let validators: Validators?
            switch role {
            case let .data(index):
                url = data[index].location.url
                validators = data[index].validators
            case let .feed(index):
                url = feeds[index].location.url
                validators = feeds[index].validators
            }
            guard let url else { continue }
            polls[role]?.inFlight = true
            let feedName: String? = if case let .feed(index) = role { feeds[index].location.displayName } else { nil }
            let cache = cache
            Task.detached { [self] in
                let result = await fetcher.fetch(url, validators: validators)
                let endedAt = Date()
                // A feed is decoded and cached here, off the terminal's thread; a data body is
                // cached only once it has loaded (see `startLoading`).
                var feed: FeedBatch?
                if let feedName, case let .fetched(body) = result {
                    feed = Self.decodeFeed(body.body, name: feedName)
                    try? cache?.store(body.cachedCopy(fetchedAt: endedAt))
                }
                let finished = FinishedFetch(role: role, result: result, endedAt: endedAt, feed: feed)
                lock.withLock { finishedFetches.append(finished) }
                waker?.wake()
            }
        }
    }

    private func takeFinishedFetches() -> [FinishedFetch] {
        lock.withLock {
            defer { finishedFetches = [] }
            return finishedFetches
        }
    }
}
