import Foundation

extension AppState {
    /// How long a row added or changed by a reload keeps its mark: ten minutes, long enough for
    /// someone glancing at a dashboard left open to see it, short enough that a mark still
    /// means "just now".
    public static let changeMarkLifetime: TimeInterval = 10 * 60

    /// The mark of a row, if a recent reload added or changed it.
    public func change(of id: String, in pane: PaneID) -> RowChange? {
        changes[pane]?[id]
    }

    /// Puts a reloaded dataset on screen and marks the rows it added or changed, as of `date`.
    mutating func reload(_ newDataset: Dataset, at date: Date) {
        let diff = preparedData?.diff(from: dataset, to: newDataset) ?? DatasetChanges(from: dataset, to: newDataset)
        replaceDataset(newDataset)
        forgetRemovedRows()
        // Only rows on screen: a superseded price or a run without a cost changes no row.
        for (pane, rows) in diff.rows {
            for (id, kind) in rows where projection.rowIndex(of: id, in: pane) != nil { mark(id, in: pane, kind, at: date) }
        }
        updateNextMarkExpiry()
        dataProblem = nil
    }

    /// Puts a dataset on screen without marking anything: it is the start, not a change.
    mutating func load(_ newDataset: Dataset) {
        replaceDataset(newDataset)
        forgetRemovedRows()
        updateNextMarkExpiry()
        dataProblem = nil
    }

    /// Why the data do not load, or which records were left out, for the footer; the last good
    /// data stays on screen.
    mutating func noteLoadProblems(_ diagnostics: [Diagnostic]) {
        let more = diagnostics.count > 1 ? " (+\(diagnostics.count - 1) more)" : ""
        dataProblem = (diagnostics.first?.description ?? "the data files do not load") + more
    }

    /// Marks one row. A row still marked as added stays added when it changes again: to the
    /// reader it is still new.
    mutating func mark(_ id: String, in pane: PaneID, _ kind: RowChange.Kind, at date: Date) {
        let kept = changes[pane]?[id]?.kind == .added ? RowChange.Kind.added : kind
        changes[pane, default: [:]][id] = RowChange(kept, at: date)
        if pane == .news, kind == .added, focus != .news { unseenNews.insert(id) }
    }

    /// Drops the marks and the unseen news of rows that are no longer in the dataset.
    mutating func forgetRemovedRows() {
        for (pane, marks) in changes {
            changes[pane] = marks.filter { projection.rowIndex(of: $0.key, in: pane) != nil }
        }
        unseenNews = unseenNews.filter { projection.rowIndex(of: $0, in: .news) != nil }
    }

    /// Drops the marks that have lasted their lifetime by `now`.
    mutating func expireMarks(at now: Date) {
        for (pane, marks) in changes {
            changes[pane] = marks.filter { $0.value.expiry > now }
        }
        updateNextMarkExpiry()
    }

    mutating func updateNextMarkExpiry() {
        changes = changes.filter { !$0.value.isEmpty }
        nextMarkExpiry = changes.values.lazy.flatMap(\.values).map(\.expiry).min()
    }

    /// The News pane has focus, so whatever it counted as unseen has now been seen.
    mutating func noteNewsSeen() {
        if focus == .news, !unseenNews.isEmpty { unseenNews.removeAll() }
    }

    /// Marks as added, as of `now`, the news that arrived since the previous run's `seen` list.
    mutating func markNewsSinceLastVisit(_ seen: SeenNews, at now: Date) {
        for id in seen.unseen(in: dataset.news) { mark(id, in: .news, .added, at: now) }
        updateNextMarkExpiry()
    }
}
