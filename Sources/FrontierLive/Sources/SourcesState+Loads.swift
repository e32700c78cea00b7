import Foundation
import FrontierCore

/// Background loads: the data sources loaded again and the feeds merged on top, one at a time.
extension SourcesState {
    /// The end of a wake-up: due fetches start, then a load of whatever changed if none is
    /// running, and problems that no load will carry are reported on their own.
    mutating func startDueWork(at now: ContinuousClock.Instant) -> [SourceEffect] {
        var effects = startDueFetches(at: now)
        if reloadWanted || mergeWanted, loading == nil { effects.append(startLoading()) }
        if !pendingProblems.isEmpty, loading == nil {
            effects.append(.report(.failed(pendingProblems)))
            pendingProblems = []
        }
        return effects
    }

    /// One background pass: the data sources loaded again if they changed (with the bodies
    /// fetched since the last), then merged with the feeds as they are now. Feed records merge
    /// there too, so a large dataset never blocks keys while a feed grows.
    private mutating func startLoading() -> SourceEffect {
        let reloadsBase = reloadWanted
        reloadWanted = false
        mergeWanted = false
        let tried = reloadsBase ? candidates : [:]
        if reloadsBase { candidates = [:] }
        loading = Load(candidates: tried, feedGeneration: feedGeneration, problems: pendingProblems,
                       journalRestarts: reloadsBase ? Set(journalRestarts.keys) : [])
        pendingProblems = []
        return .load(SourceEffect.Load(inputs: reloadsBase ? baseInputs(with: tried) : nil, feeds: live.handOverMerge(), shown: dataset))
    }

    /// A load ended. The last-good rule: a base that does not load leaves the previous one in
    /// place and says why, on the sources it tried; only a body that loaded is kept, and cached
    /// for a start without the network. The merge holds the feeds as they were when it began
    /// (on the new base if it loaded, else on the last good one); newer records start another.
    mutating func takeLoad(_ ended: SourceEvent.LoadEnded, at now: Date) -> [SourceEffect] {
        guard let load = loading else { return [] }
        loading = nil
        var effects: [SourceEffect] = []
        if let base = ended.base {
            if ended.diagnostics.isEmpty {
                for (index, body) in load.candidates.sorted(by: { $0.key < $1.key }) {
                    data[index].body = body.body
                    data[index].validators = body.validators
                    data[index].health = .fetched(at: now, status: 200)
                    effects.append(.storeInCache(body.cachedCopy(fetchedAt: now)))
                }
                for index in data.indices where data[index].address.path != nil { data[index].health = .live }
                live.replaceBase(base)
                // The data files now hold what the restarted journals held: their new records
                // replace the old, and merge next.
                for index in load.journalRestarts.sorted() {
                    guard let records = journalRestarts.removeValue(forKey: index) else { continue }
                    live.replace(records, ofFeed: index)
                    feedsChanged()
                }
            } else {
                let first = ended.diagnostics.first.map(\.description) ?? "does not load"
                for index in load.candidates.keys {
                    data[index].health = .failed(message: first, lastGood: lastGood(.data(index)))
                }
                if load.candidates.isEmpty {
                    for index in data.indices where data[index].address.path != nil {
                        data[index].health = .failed(message: first, lastGood: nil)
                    }
                }
            }
        }
        if let feeds = ended.feeds { live.keepMerge(of: feeds) }
        // A failed reload with no feed news shows nothing new, only its problem, which must
        // stay last so the status line keeps it.
        let baseFailed = ended.base != nil && !ended.diagnostics.isEmpty
        var shownProblems = false
        if !baseFailed || load.feedGeneration != shownGeneration {
            shownProblems = true
            dataset = ended.merged.dataset
            shownGeneration = load.feedGeneration
            effects.append(.report(.loaded(ended.merged.dataset, problems: load.problems + ended.merged.diagnostics,
                                           derived: ended.derived)))
        }
        if baseFailed { effects.append(.report(.failed(ended.diagnostics + (shownProblems ? [] : load.problems)))) }
        return effects
    }
}
