import ArgumentParser
import Foundation
import FrontierCore
import FrontierLive
import NcursesBackend
import SystemBackend

/// `frontier watch`: a `tail -f` for AI news, printing each new or changed record as it arrives.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each new or changed record as it arrives, one line each, for pipes and notifications.",
        discussion: """
        Follows the same sources as the dashboard (--data files and URLs, --feed files, URLs and -) \
        and prints only what changes after it starts. A query (docs/query.md) keeps the records that \
        match it in their pane: news, models, or costs for prices and training runs. Ends when its \
        output is closed (frontier watch | head -3), on Ctrl-C or SIGTERM, or when its only source, \
        stdin, ends.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: [.short, .long], help: ArgumentHelp("Only records that match this query.", valueName: "query"))
    var query = ""

    @Option(help: ArgumentHelp("text (one readable line per record) or json (JSON Lines: change, kind and the whole record).",
                               valueName: "text|json"))
    var format: OutputFormat = .text

    @OptionGroup var data: DataOptions

    func validate() throws {
        if data.files.isEmpty && data.feeds.isEmpty {
            throw ValidationError("nothing to follow: give --feed (a file, a URL or - for stdin) or --data (a file or a URL)")
        }
    }

    func run() throws {
        // Before any thread exists, so SIGTERM waits for a line to be written whole.
        let loop = try HeadlessLoop()
        // A closed pipe is an end, not a crash: writes fail with EPIPE and the loop ends. The
        // loop blocks SIGPIPE in every thread it knows; ignoring it also covers any other.
        signal(SIGPIPE, SIG_IGN)
        // URLs are fetched before the first change is looked for, so what they hold at start is
        // not printed as new.
        let loaded = try data.load(following: true, fetchAtStart: true)
        for problem in loaded.feedProblems { StandardError.write(problem.description) }
        let parsed: Query
        do {
            parsed = try Query.parse(query, benchmarks: loaded.dataset.benchmarks)
        } catch {
            StandardError.write("frontier: invalid query: \(error)")
            throw ExitCode(2)
        }
        let sources = loaded.sources
        if let notice = sources.start(waker: loop.waker) { StandardError.write(notice) }
        var shown = loaded.dataset
        var firstServiceDone = false
        while true {
            var readable: Set<Int32> = []
            // The first pass services stdin and due fetches without waiting for an event.
            let events = firstServiceDone
                ? loop.next(deadline: sources.deadline, watching: sources.descriptors, output: STDOUT_FILENO)
                : []
            firstServiceDone = true
            for event in events {
                switch event {
                case .signal(.brokenPipe):
                    // A write to the closed output failed (EPIPE) and left this behind: an end,
                    // like `.closed`.
                    return
                case let .signal(signal):
                    throw ExitCode(DashboardRuntime.exitStatus(after: signal))
                case .closed:
                    return
                case let .fdReadable(fd):
                    readable.insert(fd)
                case .wake, .timeout:
                    break
                }
            }
            for update in sources.service(readable: readable) {
                switch update {
                case let .loaded(dataset, problems, _):
                    for problem in problems { StandardError.write(problem.description) }
                    guard print(DatasetChanges.records(from: shown, to: dataset), in: dataset, query: parsed) else { return }
                    shown = dataset
                case let .failed(diagnostics):
                    for diagnostic in diagnostics { StandardError.write(diagnostic.description) }
                case let .fetchFailed(source, message):
                    StandardError.write("frontier: \(source): \(message)")
                }
            }
            if sources.isExhausted { return }
        }
    }

    /// Writes the matching changes; false once the output is closed.
    private func print(_ changes: [DatasetChanges.Change], in dataset: Dataset, query: Query) -> Bool {
        guard !changes.isEmpty else { return true }
        let index = query.isEmpty ? nil : SearchIndex(dataset, today: DayDate.utcDay(of: Date()))
        let names = format == .text ? WatchLine.modelNames(dataset) : [:]
        var text = ""
        for change in changes {
            if let index {
                guard let row = WatchLine.row(of: change.record),
                      index.matches(query, pane: row.pane, id: row.id) else { continue }
            }
            text += (format == .json ? WatchLine.json(change) : WatchLine.text(change, names: names)) + "\n"
        }
        return Watch.writeAll(Array(text.utf8), to: STDOUT_FILENO)
    }

    /// Writes every byte, or returns false when the reader is gone (EPIPE) or the write fails.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
