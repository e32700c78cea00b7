import Foundation
import FrontierCore
import FrontierImport
import FrontierLive
import SystemBackend

/// The loop behind `frontier ingest`: reads the source whose deadline is earliest, applies what
/// changed, logs one line, and sleeps until the next deadline or a stop signal.
///
/// Single-threaded on purpose: a fetch runs in a task, but the loop waits for it, so writes to
/// the dataset never overlap and a stop signal is acted on only between them.
final class IngestRunner {
    private let config: IngestConfig
    private let signals: StopSignals
    private let fetcher: HTTPFetcher
    private let lockTimeout: Duration
    /// The most bytes read from one source file (`--max-input-size`).
    private let fileLimit: Int
    private let retrieved: DayDate?
    /// What the dataset is layered over: the embedded data, for the user's dataset.
    private let base: DatasetBase?
    /// Checks what each source would change without writing anything (`update --dry-run`).
    private let dryRun: Bool
    private let memoryPath: String?
    private var memory: IngestMemory
    private var scheduler: IngestScheduler

    init(config: IngestConfig, configPath: String, signals: StopSignals, fetcher: HTTPFetcher,
         fileLimit: Int = InputLimits.standard.fileBytes, lockTimeout: Duration, retrieved: DayDate?, cacheDirectory: String?,
         base: DatasetBase? = nil, dryRun: Bool = false) {
        self.config = config
        self.base = base
        self.dryRun = dryRun
        self.fileLimit = fileLimit
        self.signals = signals
        self.fetcher = fetcher
        self.lockTimeout = lockTimeout
        self.retrieved = retrieved
        memoryPath = cacheDirectory.map { IngestMemory.path(forConfig: configPath, in: $0) }
        memory = memoryPath.map { IngestMemory.load(path: $0, config: configPath) } ?? IngestMemory(config: configPath)
        scheduler = IngestScheduler(sources: config.sources, start: Date())
    }

    /// Polls until SIGTERM or SIGINT; returns the exit status (0).
    func run() -> Int32 {
        log(start())
        while let (index, due) = scheduler.next {
            guard signals.sleep(until: due), var read = read(index) else { break }
            let delay = scheduler.record(read.attempt, for: index, endedAt: Date())
            read.line.append("next", seconds: delay)
            log(read.line)
            if signals.stopRequested { break }
        }
        log(stopping())
        return 0
    }

    /// Reads every source once, in the config's order; returns 0, or the status of the first
    /// source that failed.
    func runOnce() -> Int32 {
        log(start())
        var status: Int32 = 0
        for index in config.sources.indices {
            guard !signals.stopRequested, let read = read(index) else {
                log(stopping())
                return 0
            }
            log(read.line)
            if status == 0, let failed = read.failureStatus { status = failed }
        }
        return status
    }

    /// One read's log line (without `next`), how it went for the schedule, and the exit status
    /// `frontier import` would have given it.
    struct Read {
        var line: LogfmtLine
        var attempt: IngestScheduler.Attempt
        var failureStatus: Int32?
        /// What the import did (or, in a dry run, would do); nil when nothing was applied.
        var outcome: ImportOutcome?
        /// The bytes fetched or read; nil for a 304, an unchanged file or a failure.
        var bytes: Int?
        /// No server answered: the connection could not be made or timed out.
        var unreachable = false
        /// Why it failed, in a few words, when it did.
        var error: String?
    }

    /// Reads source `index` and applies it; nil when a stop signal cut a fetch short.
    func read(_ index: Int) -> Read? {
        let source = config.sources[index]
        var line = LogfmtLine(time: Date())
        line.append("source", quoted: source.label)
        line.append("kind", source.kind.rawValue)
        switch source.location {
        case let .url(url):
            line.append("url", url.absoluteString)
            if let mirror = source.fetchedFrom { line.append("via", mirror.absoluteString) }
            return fetch(url, for: source, line: line)
        case let .path(path):
            line.append("path", path)
            return readFile(path, for: source, line: line)
        }
    }

    private func fetch(_ url: URL, for source: IngestSource, line: LogfmtLine) -> Read? {
        var line = line
        let key = source.memoryKey
        let sent = remembered(key)?.validators
        let fetcher = self.fetcher
        let target = source.fetchedFrom ?? url
        guard let result = signals.wait(for: { await fetcher.fetch(target, validators: sent?.isEmpty == false ? sent : nil) }) else {
            return nil
        }
        line.time = Date()
        switch result {
        case let .fetched(body):
            line.append("status", 200)
            line.append("bytes", body.body.count)
            var read = apply(body.body, from: source, line: line)
            read.bytes = body.body.count
            if read.failureStatus == nil, !dryRun { remember(key, IngestMemory.Entry(validators: body.validators)) }
            return read
        case let .notModified(validators):
            line.append("status", 304)
            let read = Read(line: line, attempt: .succeeded)
            if validators != sent, !dryRun { remember(key, IngestMemory.Entry(validators: validators)) }
            return read
        case let .throttled(retryAfter, failure):
            line.level = .warn
            if case let .status(code) = failure.reason { line.append("status", code) }
            line.append("retry_after", seconds: retryAfter)
            line.append("error", quoted: failure.reason.description)
            return Read(line: line, attempt: .throttled(retryAfter: retryAfter), failureStatus: CommandFailure.temporary,
                        error: failure.reason.description)
        case let .failed(failure):
            line.level = .warn
            if case let .status(code) = failure.reason { line.append("status", code) }
            line.append("error", quoted: failure.reason.description)
            var read = Read(line: line, attempt: .failed, failureStatus: CommandFailure.exitStatus(after: failure),
                            error: failure.reason.description)
            switch failure.reason {
            case .transport, .timedOut: read.unreachable = true
            default: break
            }
            return read
        }
    }

    private func readFile(_ path: String, for source: IngestSource, line: LogfmtLine) -> Read {
        var line = line
        let key = source.memoryKey
        let stamp = FileStamp(path: path)
        if let stamp, stamp == remembered(key)?.file {
            line.append("status", "unchanged")
            return Read(line: line, attempt: .succeeded)
        }
        let bytes: [UInt8]
        do {
            bytes = try ImportFile.read(path: path, limit: fileLimit)
        } catch {
            line.level = .warn
            line.append("error", quoted: error.message)
            return Read(line: line, attempt: .failed, failureStatus: CommandFailure.dataError, error: error.message)
        }
        line.append("status", "read")
        line.append("bytes", bytes.count)
        var read = apply(bytes, from: source, line: line)
        read.bytes = bytes.count
        if read.failureStatus == nil, !dryRun, let stamp { remember(key, IngestMemory.Entry(file: stamp)) }
        return read
    }

    /// Parses a new body and applies it to the dataset, adding the counts or the error to the line.
    private func apply(_ bytes: [UInt8], from source: IngestSource, line: LogfmtLine) -> Read {
        var line = line
        let run = SourceImport(kind: source.kind, name: source.name, location: source.location.description,
                               retrieved: retrieved ?? DayDate.utcDay(of: Date()), base: base)
        do {
            let batch = try run.parse(bytes)
            // The user's dataset goes where nothing may exist yet: made when there is something
            // to write, so that a run that fetched nothing leaves no trace.
            if config.isUserDataset, !dryRun { try UserData.createDirectory(for: config.dataset) }
            let (outcome, written) = dryRun
                ? (try run.preview(batch, dataset: config.dataset, limit: fileLimit), DatasetFile.Written.nothing)
                : try run.apply(batch, to: config.dataset, lockTimeout: lockTimeout, limit: fileLimit)
            line.time = Date()
            line.append("added", outcome.added.count)
            line.append("updated", outcome.updated.count)
            line.append("unchanged", outcome.unchanged)
            line.append("skipped", outcome.skipped.count)
            line.append("ambiguous", outcome.ambiguous.count)
            switch written {
            case .nothing: break
            case .journal: line.append("wrote", "journal")
            case .dataset: line.append("wrote", "dataset")
            }
            if written.bytes > 0 { line.append("written_bytes", written.bytes) }
            return Read(line: line, attempt: .succeeded, outcome: outcome)
        } catch {
            line.time = Date()
            line.level = error.status == CommandFailure.temporary ? .warn : .error
            line.append("error", quoted: error.logText)
            return Read(line: line, attempt: .failed, failureStatus: error.status, error: error.logText)
        }
    }

    /// What was remembered of a source. When the dataset is gone, what was applied went with it,
    /// so everything remembered is forgotten: a 304 or an unchanged file must not keep any source
    /// from being read again in full.
    private func remembered(_ key: String) -> IngestMemory.Entry? {
        if !memory.entries.isEmpty, !FileManager.default.fileExists(atPath: config.dataset) {
            memory.entries.removeAll()
        }
        return memory.entries[key]
    }

    /// Keeps what a source's last applied read was, in memory and on disk; a file that cannot
    /// be written costs only a full fetch after a restart, so it is logged and not fatal.
    private func remember(_ key: String, _ entry: IngestMemory.Entry) {
        memory.entries[key] = entry
        guard let memoryPath else { return }
        do {
            try memory.save(to: memoryPath)
        } catch {
            var warning = LogfmtLine(time: Date(), level: .warn)
            warning.append("msg", quoted: "cannot keep validators for the next start")
            warning.append("error", quoted: "\(error)")
            log(warning)
        }
    }

    private func start() -> LogfmtLine {
        var line = LogfmtLine(time: Date())
        line.append("msg", quoted: "starting")
        line.append("dataset", config.dataset)
        line.append("sources", config.sources.count)
        return line
    }

    private func stopping() -> LogfmtLine {
        var line = LogfmtLine(time: Date())
        line.append("msg", quoted: "stopping")
        return line
    }

    private func log(_ line: LogfmtLine) {
        StandardError.write(line.description)
    }
}
