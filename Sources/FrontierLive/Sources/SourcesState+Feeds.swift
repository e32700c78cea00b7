import Foundation
import FrontierCore

/// Feed files and stdin: what they bring, and file changes settling before they are read.
extension SourcesState {
    /// Takes the changes that have been quiet long enough: a changed data file wants a reload;
    /// a changed feed file is read now.
    mutating func takeDueChanges(at now: ContinuousClock.Instant) -> [SourceEffect] {
        let due = debouncer.takeDue(at: now)
        guard !due.isEmpty else { return [] }
        let feedPaths = Set(feeds.compactMap(\.address.path))
        if due.contains(where: { !feedPaths.contains($0) }) { reloadWanted = true }
        return feeds.indices.compactMap { index in
            guard let path = feeds[index].address.path, due.contains(path) else { return nil }
            return .readFeedFile(feed: index)
        }
    }

    /// Takes what a tailed feed file delivered. A truncated or replaced file was read again
    /// from its start, so its records replace the feed's earlier ones instead of repeating
    /// them; a missing file is said once and waited for.
    ///
    /// A data file's journal that starts over was compacted: its records are in the data file
    /// now, written before the journal was emptied, so the data files are loaded again, and the
    /// journal's old records give way to its new ones only when that load succeeds.
    mutating func takeFeedFile(_ batch: FeedBatch, feed index: Int, exists: Bool) {
        var problems = batch.diagnostics
        let startsOver = batch.events.contains(.truncated) || batch.events.contains(.rotated)
        if feeds[index].isJournal {
            // A journal that starts over was compacted into its data file (or deleted, when it
            // goes missing): its records are replaced once the data file has loaded again.
            // No journal at all is the usual case: nothing was added since the file was written whole.
            if startsOver || (batch.events.contains(.missing) && feeds[index].existed) {
                journalRestarts[index] = batch.records
                reloadWanted = true
            } else if journalRestarts[index] != nil {
                journalRestarts[index]! += batch.records
            } else {
                live.add(batch.records, fromFeed: index)
            }
            feeds[index].existed = exists
        } else {
            if startsOver {
                live.replace(batch.records, ofFeed: index)
            } else {
                live.add(batch.records, fromFeed: index)
            }
            if batch.events.contains(.missing) {
                feeds[index].health = .waiting
                let path = feeds[index].address.path ?? ""
                problems.append(Diagnostic(file: path, line: 0, column: 0, path: "",
                                           message: "no such file (it is read if it appears)"))
            } else if case .waiting = feeds[index].health, !batch.records.isEmpty || exists {
                feeds[index].health = .live
            }
        }
        pendingProblems += problems
        feedsChanged()
    }

    /// Takes lines read from stdin; `endedAt` says the stream ended then, and is not read again.
    mutating func takeStandardInput(_ batch: FeedBatch, endedAt: Date?) {
        guard let index = feeds.firstIndex(where: { $0.address == .standardInput }) else { return }
        live.add(batch.records, fromFeed: index)
        pendingProblems += batch.diagnostics
        if let endedAt { feeds[index].health = .ended(at: endedAt) }
        if !batch.records.isEmpty || endedAt != nil { feedsChanged() }
    }

    /// Feed records arrived: the next merge is wanted, and a merge already running is out of date.
    mutating func feedsChanged() {
        feedGeneration += 1
        mergeWanted = true
    }
}
