import Foundation
import FrontierCore
import FrontierImport
import TerminalGrid

/// What `frontier update` prints: a line per source as it finishes and a summary.
///
/// On a terminal the source being fetched shows on the last line until it is done. Sources that
/// no server answered are held back until one does: with no network at all, the one line of
/// `offline()` is all that is printed.
struct UpdateProgress {
    let sources: [IngestSource]
    /// A terminal: show the fetch in progress, then replace it with its result.
    let showsFetching: Bool
    private let width: Int
    /// `…`, or `...` where the locale cannot show it.
    private let ellipsis = TextEncoding.localeIsUTF8() ? "…" : "..."
    private var tally = UpdateTally()
    private var heldBack: [String] = []
    private var unreachable: [String] = []
    private var answered = 0
    private var failed = 0
    private(set) var firstFailureStatus: Int32?

    init(sources: [IngestSource], dataset: String, dryRun: Bool, showsFetching: Bool) {
        self.sources = sources
        self.showsFetching = showsFetching
        width = min(24, sources.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let count = sources.count == 1 ? "1 source" : "\(sources.count) sources"
        // Held back with the unreachable sources: offline, one line says it all.
        heldBack = ["\(dryRun ? "checking" : "updating") \(Self.shown(dataset)) from \(count)"]
    }

    /// No server answered any source.
    var allUnreachable: Bool { answered == 0 && !sources.isEmpty && unreachable.count == sources.count }

    func fetching(_ index: Int) {
        guard showsFetching else { return }
        let source = sources[index]
        let line = "  \(label(index)) fetching \(source.location)\(ellipsis)"
        FileHandle.standardOutput.write(Data(TextLayout.truncate(line, toWidth: ListCommand.terminalWidth() - 1, ellipsis: ellipsis).utf8))
    }

    mutating func finished(_ index: Int, _ read: IngestRunner.Read) {
        if showsFetching { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
        let text: String
        if let error = read.error {
            failed += 1
            if firstFailureStatus == nil { firstFailureStatus = read.failureStatus }
            text = "failed: \(error)"
        } else if let outcome = read.outcome {
            tally.add(outcome)
            text = (read.bytes.map { Format.byteSize($0) + "  " } ?? "") + UpdateTally.summary(of: outcome)
        } else {
            text = read.bytes == nil ? "not modified" : "no changes"
        }
        let line = "  \(label(index)) \(text)"
        if read.unreachable {
            unreachable.append(read.error ?? "")
            heldBack.append(line)
            return
        }
        answered += 1
        for held in heldBack { write(held) }
        heldBack = []
        write(line)
    }

    func stopped(after index: Int) {
        if showsFetching { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
        for held in heldBack { write(held) }
        write("stopped after \(index) of \(sources.count) sources; what they brought is kept")
    }

    func offline() {
        let first = unreachable.first.map { " (\($0))" } ?? ""
        StandardError.write("frontier: no network: none of the \(sources.count) sources could be reached\(first); nothing changed")
    }

    mutating func end(dryRun: Bool) {
        for held in heldBack { write(held) }
        heldBack = []
        let failures = failed == 0 ? "" : " (\(failed) of \(sources.count) sources failed)"
        if tally.isEmpty {
            write("\(dryRun ? "nothing would change" : "no changes")\(failures)")
        } else {
            write("\(dryRun ? "would change" : "updated"): \(tally.summary)\(failures)")
        }
    }

    private func label(_ index: Int) -> String {
        TextLayout.pad(TextLayout.truncate(sources[index].label, toWidth: width, ellipsis: ellipsis), toWidth: width)
    }

    private func write(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The path with the home directory as `~`, as a user would type it.
    private static func shown(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/"), path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

}
