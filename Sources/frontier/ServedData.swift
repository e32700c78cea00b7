import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import FrontierLive
import SSHBackend
import SystemBackend

/// The data `frontier serve` shows: its sources loaded and followed once, here, and the merged
/// result kept in a private dataset file that every session's dashboard follows.
///
/// New news go to that file's journal, so each dashboard reads only the lines added, as it
/// would follow an ingest; anything else rewrites the file atomically.
final class ServedData {
    /// A folder of this server's own (0700), removed when it stops.
    let directory: String
    let path: String
    /// What the header of every session calls the data.
    let origin: String
    private let sources: LiveSources
    private let executable: String

    init(options: DataOptions, environment: [String: String]) throws {
        let loaded = try options.load(following: true)
        for problem in loaded.feedProblems { StandardError.write(problem.description) }
        sources = loaded.sources
        // The hint to run `frontier update` is for the server's owner, not its viewers.
        origin = loaded.origin.replacingOccurrences(of: " · run frontier update", with: "")
        let base = environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSTemporaryDirectory()
        var template = Array((XDGDirectory.withoutTrailingSlashes(base) + "/frontier-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            StandardError.write("frontier: cannot create a folder in \(base) for the served data (\(String(cString: strerror(errno))))")
            throw ExitCode(CommandFailure.ioError)
        }
        directory = String(cString: made)
        path = directory + "/served.json"
        executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        guard publish(loaded.dataset) else {
            remove()
            throw ExitCode(CommandFailure.ioError)
        }
    }

    /// Writes `dataset` for the sessions; false (said on stderr) when it cannot be written.
    @discardableResult
    func publish(_ dataset: Dataset) -> Bool {
        do {
            _ = try DatasetFile.write(at: path) { _ in ImportOutcome(dataset: dataset) }
            return true
        } catch {
            ServeLog.write(LogLine("data").with("result", "not written").with("reason", "\(error)"))
            return false
        }
    }

    /// Follows the sources until SIGTERM, SIGINT or SIGHUP; the exit status.
    func follow(loop: HeadlessLoop) -> Int32 {
        if let notice = sources.start(waker: loop.waker) { StandardError.write(notice) }
        while true {
            var readable: Set<Int32> = []
            for event in loop.next(deadline: sources.deadline, watching: sources.descriptors) {
                switch event {
                case .signal(.interrupt), .signal(.terminate):
                    ServeLog.write(LogLine("stopping"))
                    return 0
                case let .signal(signal) where signal != .brokenPipe:
                    ServeLog.write(LogLine("stopping").with("signal", String(signal.number)))
                    return 128 + signal.number
                case let .fdReadable(fd):
                    readable.insert(fd)
                default:
                    break
                }
            }
            for update in sources.service(readable: readable) {
                switch update {
                case let .loaded(dataset, problems, _):
                    for problem in problems { StandardError.write(problem.description) }
                    if publish(dataset) {
                        ServeLog.write(LogLine("data").with("result", "updated").with("models", String(dataset.models.count))
                            .with("news", String(dataset.news.count)))
                    }
                case let .failed(diagnostics):
                    for diagnostic in diagnostics { StandardError.write(diagnostic.description) }
                case let .fetchFailed(source, message):
                    ServeLog.write(LogLine("data").with("result", "fetch failed").with("source", source).with("reason", message))
                }
            }
        }
    }

    /// The dashboard command for one viewer: this binary on the served file, with the
    /// viewer's terminal and locale, and its own state folder (none when let in by `--open`).
    func viewerCommand(environment: [String: String]) -> @Sendable (ViewerRequest) -> ViewerProcess.Command {
        let executable = self.executable
        let path = self.path
        let origin = "served: " + self.origin
        let stateRoot = XDGDirectory.frontier("XDG_STATE_HOME", fallback: ".local/state", environment: environment)
        let base = environment.filter {
            ["HOME", "PATH", "LANG", "LC_ALL", "LC_CTYPE", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"].contains($0.key)
        }
        return { request in
            var variables = base
            for (name, value) in request.environment { variables[name] = value }
            variables["TERM"] = request.term
            var arguments = ["dashboard", "--data", path, "--served-as", origin]
            if request.open || stateRoot == nil {
                arguments.append("--no-state")
            } else if let stateRoot {
                // `$XDG_STATE_HOME/frontier/serve/KEY/frontier/state.json`: each key's view.
                variables["XDG_STATE_HOME"] = "\(stateRoot)/serve/\(request.keyHex)"
            }
            return ViewerProcess.Command(executable: executable, arguments: arguments, environment: variables)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
