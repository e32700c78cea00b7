import Foundation

extension AppState {
    /// New data from the sources: on screen at once, or held while paused.
    mutating func receive(_ newDataset: Dataset, problems: [Diagnostic], derived: DerivedData?, at date: Date) {
        guard !paused else {
            hold(newDataset, problems: problems, derived: derived)
            return
        }
        show(newDataset, problems: problems, derived: derived, at: date)
    }

    /// Puts arrived data on screen. Problems with single records go to the footer without
    /// holding the rest back.
    private mutating func show(_ newDataset: Dataset, problems: [Diagnostic], derived: DerivedData?, at date: Date) {
        preparedData = derived
        // The first data a URL brings to an empty screen is the start, not news.
        if dataset.models.isEmpty && dataset.news.isEmpty && dataset.prices.isEmpty {
            load(newDataset)
        } else {
            reload(newDataset, at: date)
        }
        if !problems.isEmpty { noteLoadProblems(problems) }
    }

    /// Keeps the newest data back while paused; the count is of the records that differ from
    /// what is on screen, so it says how much `p` will change.
    private mutating func hold(_ newDataset: Dataset, problems: [Diagnostic], derived: DerivedData?) {
        held = held?.superseded(by: newDataset, derived: derived, problems: problems)
            ?? HeldUpdate(dataset: newDataset, derived: derived, problems: problems)
        waitingUpdates = DatasetChanges.records(from: dataset, to: newDataset).count
    }

    /// `p`: pausing holds what arrives; un-pausing forgets the count and, when something
    /// waited, asks the runtime for the time to show it at (`updatesResumed`).
    mutating func togglePause() -> [Effect] {
        paused.toggle()
        guard !paused else { return [] }
        waitingUpdates = 0
        return held == nil ? [] : [.applyWaitingUpdates]
    }

    /// What waited while paused goes on screen, as of `date`; nothing if paused again since.
    mutating func resumeUpdates(at date: Date) {
        guard !paused, let waiting = held else { return }
        held = nil
        show(waiting.dataset, problems: waiting.problems, derived: waiting.derived, at: date)
    }

    /// A URL failed to fetch: its reason is shown unless the footer already holds a message,
    /// which is newer news to the reader (a key press clears it).
    mutating func noteFetchFailure(source: String, message reason: String) {
        if message == nil { message = "\(source): \(reason)" }
    }
}
