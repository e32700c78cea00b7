import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import FrontierLive

/// `frontier ingest --config sources.json`: keeps a dataset fresh from its sources, for a server.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Poll the sources listed in a config and keep a dataset file up to date.",
        discussion: """
        Each source is read on its own interval, with conditional requests (ETag, Last-Modified) \
        remembered across restarts in $XDG_CACHE_HOME/frontier; failures back off, Retry-After is \
        honoured, and changes are written as `frontier import` writes them. One logfmt line per \
        fetch goes to stderr. SIGTERM or SIGINT lets the current write finish, then exits 0. A \
        config error exits 78 with every problem as sources.json:LINE:COLUMN: PATH: message. \
        Without --config, the sources `frontier update` reads are polled into your dataset \
        ($XDG_DATA_HOME/frontier/dataset.json), which every dashboard on the machine shows over the \
        embedded data; a config that names no dataset writes yours too. \
        With --once, every source is read once and the exit status is that of the first source \
        that failed, as `frontier import` would give it. See docs/import.md.
        """
    )

    @Option(help: ArgumentHelp("The config: the dataset and the sources to poll (see docs/sources.example.json); without it, the sources `frontier update` reads, into your dataset.",
                               valueName: "sources.json"))
    var config: String?

    @Flag(help: "Read every source once and exit (for cron).")
    var once = false

    @Option(help: ArgumentHelp("The shortest interval a source may ask for, in seconds (at least 0.1).",
                               valueName: "seconds"))
    var minimumInterval: Double = IngestConfig.defaultMinimumInterval

    @OptionGroup var mirror: MirrorOption

    @OptionGroup var waits: SourceWaitOptions

    @OptionGroup var input: InputLimitOptions

    func validate() throws {
        guard minimumInterval.isFinite, minimumInterval >= IngestConfig.lowestMinimumInterval else {
            throw ValidationError("--minimum-interval must be at least \(IngestConfig.lowestMinimumInterval) seconds")
        }
    }

    func run() throws {
        // First, before any thread exists, so that every thread blocks the two signals.
        let signals = StopSignals()
        let loaded = mirror.applied(to: try UpdateCommand.loadConfig(config, limit: input.limits.fileBytes,
                                                                     minimumInterval: minimumInterval))
        let configPath = UpdateCommand.memoryName(config: config, dataset: loaded.dataset)
        let runner = IngestRunner(
            config: loaded, configPath: configPath, signals: signals,
            fetcher: HTTPFetcher(timeout: .seconds(waits.timeout), userAgent: SourceArgument.userAgent,
                                 maxBodyBytes: input.limits.httpBodyBytes),
            fileLimit: input.limits.fileBytes,
            lockTimeout: .seconds(waits.lockTimeout), retrieved: waits.retrievedDay,
            cacheDirectory: RemoteCache.defaultDirectory(environment: ProcessInfo.processInfo.environment),
            base: UserData.base(for: loaded.dataset))
        let status = once ? runner.runOnce() : runner.run()
        if status != 0 { throw ExitCode(status) }
    }
}
