import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import FrontierLive
import FrontierResources

/// `frontier update`: brings the user's dataset up to date from the built-in list of sources,
/// once, through the same importers and matching as `import` and `ingest`.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch the well-known sources once into your dataset, which the dashboard shows over the embedded one.",
        discussion: """
        The sources are those in data/sources.json, compiled in: OpenRouter, models.dev, LiteLLM, \
        Epoch AI and the labs' feeds. What they bring is matched against the embedded dataset and \
        your own, and written to $XDG_DATA_HOME/frontier/dataset.json (default \
        ~/.local/share/frontier/dataset.json), which holds only what is new or changed. A source \
        that fails is reported and the others still apply; the exit status is then that of the \
        first failure. With no network at all it says so, changes nothing and exits 69. Run it \
        from a systemd timer or cron to keep every dashboard on the machine current (see \
        docs/import.md).
        """
    )

    @Option(help: ArgumentHelp("Your own list of sources, in the format of `frontier ingest --config` (a dataset it names is written instead of yours).",
                               valueName: "sources.json"))
    var config: String?

    @Flag(help: "Fetch and match, and say what would change, without writing anything.")
    var dryRun = false

    @OptionGroup var mirror: MirrorOption

    @OptionGroup var waits: SourceWaitOptions

    @OptionGroup var input: InputLimitOptions

    func run() throws {
        let signals = StopSignals()
        let loaded = mirror.applied(to: try Self.loadConfig(config, limit: input.limits.fileBytes))
        let base = UserData.base(for: loaded.dataset)
        let runner = IngestRunner(
            config: loaded, configPath: Self.memoryName(config: config, dataset: loaded.dataset),
            signals: signals,
            fetcher: HTTPFetcher(timeout: .seconds(waits.timeout), userAgent: SourceArgument.userAgent,
                                 maxBodyBytes: input.limits.httpBodyBytes),
            fileLimit: input.limits.fileBytes, lockTimeout: .seconds(waits.lockTimeout), retrieved: waits.retrievedDay,
            cacheDirectory: RemoteCache.defaultDirectory(environment: ProcessInfo.processInfo.environment),
            base: base, dryRun: dryRun)

        var progress = UpdateProgress(sources: loaded.sources, dataset: loaded.dataset, dryRun: dryRun,
                                      showsFetching: isatty(STDOUT_FILENO) != 0)
        for index in loaded.sources.indices {
            progress.fetching(index)
            guard let read = runner.read(index) else {
                progress.stopped(after: index)
                throw ExitCode(CommandFailure.temporary)
            }
            progress.finished(index, read)
        }
        if progress.allUnreachable {
            progress.offline()
            throw ExitCode(CommandFailure.unavailable)
        }
        progress.end(dryRun: dryRun)
        if let status = progress.firstFailureStatus { throw ExitCode(status) }
    }

    /// What the validators of the built-in sources are remembered under.
    static let builtInConfigName = "built-in sources"

    /// What a run's validators are remembered under: the config file, or the built-in sources
    /// with the dataset they go into, so two datasets on one machine never share them.
    static func memoryName(config: String?, dataset: String) -> String {
        config.map { URL(fileURLWithPath: $0).standardized.path } ?? "\(builtInConfigName) into \(dataset)"
    }

    /// The config at `path`, or without one the built-in sources into the user's dataset; a
    /// problem ends the command with every diagnostic and status 78. Shared with `ingest`.
    static func loadConfig(_ config: String?, limit: Int,
                           minimumInterval: Double = IngestConfig.defaultMinimumInterval) throws -> IngestConfig {
        let userDataset = UserData.path
        if config == nil, userDataset == nil {
            throw CommandFailure("cannot tell where your dataset goes: set HOME or XDG_DATA_HOME to an absolute path",
                                 status: CommandFailure.configError).exit()
        }
        do {
            if let config {
                return try IngestConfig.load(path: config, limit: limit, minimumInterval: minimumInterval, userDataset: userDataset)
            }
            return try IngestConfig.parse(Array(EmbeddedResources.updateSourcesJSON.utf8), file: builtInConfigName,
                                          directory: FileManager.default.currentDirectoryPath, minimumInterval: minimumInterval,
                                          userDataset: userDataset)
        } catch {
            let count = error.diagnostics.count
            throw CommandFailure("\(count == 1 ? "1 problem" : "\(count) problems") in \(config ?? "the built-in sources")",
                                 details: error.diagnostics.map(\.description), status: CommandFailure.configError).exit()
        }
    }
}
