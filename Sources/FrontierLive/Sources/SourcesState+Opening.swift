import Foundation
import FrontierCore

/// Start: what each source holds before it is followed.
extension SourcesState {
    /// A URL starts from its cached copy until the server answers. A cached feed's bad lines
    /// were reported when it was fetched, so only its records count now.
    mutating func takeCachedCopy(_ copy: CachedCopy, of role: SourceRole) {
        cachedAt[role] = copy.fetchedAt
        setValidators(copy.validators, of: role)
        switch role {
        case let .data(index):
            data[index].body = copy.body
        case let .feed(index):
            feeds[index].hold(copy.body)
            live.replace(FeedStream.decodeWhole(copy.body, name: feeds[index].address.displayName).records, ofFeed: index)
        }
    }

    /// A fetch before following began: a body is taken as it is (the whole data is checked
    /// once every source is read, when the sources open) and cached at once, since a one-shot
    /// command may end right after.
    mutating func takeFirstFetch(_ result: FetchResult, of role: SourceRole, at now: Date) -> [SourceEffect] {
        switch (result, role) {
        case let (.fetched(body), .data(index)):
            data[index].body = body.body
            data[index].validators = body.validators
            data[index].health = .fetched(at: now, status: 200)
            return [.storeInCache(body.cachedCopy(fetchedAt: now))]
        case let (.fetched(body), .feed(index)):
            feeds[index].hold(body.body)
            feeds[index].validators = body.validators
            feeds[index].health = .fetched(at: now, status: 200)
            let batch = FeedStream.decodeWhole(body.body, name: feeds[index].address.displayName)
            live.replace(batch.records, ofFeed: index)
            pendingProblems += batch.diagnostics
            return [.storeInCache(body.cachedCopy(fetchedAt: now))]
        case let (.notModified(validators), _):
            setValidators(validators, of: role)
            setHealth(.fetched(at: now, status: 304), of: role)
            return []
        case let (.throttled(_, failure), _), let (.failed(failure), _):
            setFailed(role, failure.reason.description, reason: failure.reason)
            return []
        }
    }

    /// The data sources loaded at start. What was read so far is on show with them, so no
    /// merge is wanted for it and its bad lines are the start's problems. URLs just fetched
    /// are fetched again a refresh later; cached ones are confirmed at once.
    mutating func open(base: DatasetMerger, at now: ContinuousClock.Instant, fetchedNow: Bool) {
        let checked = base.result()
        baseDiagnostics = checked.diagnostics
        if checked.isValid {
            // A watched file is live: a save shows at once, so it has no age to tell.
            for index in data.indices where data[index].address.path != nil {
                data[index].health = .live
            }
        }
        live.replaceBase(base)
        // Kept, so the first background merge goes on from it and appends in place.
        let result = live.merge()
        dataset = result.dataset
        initialProblems += pendingProblems
        pendingProblems = []
        initialProblems += result.diagnostics.filter { !checked.diagnostics.contains($0) }
        mergeWanted = false
        shownGeneration = feedGeneration
        let roles = data.indices.filter { data[$0].address.url != nil }.map(SourceRole.data)
            + feeds.indices.filter { feeds[$0].address.url != nil }.map(SourceRole.feed)
        for role in roles {
            polls[role] = Poll(next: fetchedNow ? now + schedule.refreshInterval : now)
        }
    }

    /// Stdin read to its end by a one-shot command: merged here and now, its bad lines and
    /// unknown ids added to the start's problems.
    mutating func mergeDrainedStandardInput() {
        initialProblems += pendingProblems
        pendingProblems = []
        let result = live.merge()
        dataset = result.dataset
        initialProblems += result.diagnostics.filter { !initialProblems.contains($0) }
        mergeWanted = false
        shownGeneration = feedGeneration
    }
}
