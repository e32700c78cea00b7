import Foundation
import FrontierCore

/// URLs: when each is fetched, and what an answer changes.
extension SourcesState {
    /// Starts every fetch whose time has come and that is not already running.
    mutating func startDueFetches(at now: ContinuousClock.Instant) -> [SourceEffect] {
        var effects: [SourceEffect] = []
        for role in polls.keys.sorted() {
            guard let poll = polls[role], !poll.inFlight, poll.next <= now, let url = address(of: role).url else { continue }
            polls[role]?.inFlight = true
            var fetch = SourceEffect.Fetch(role: role, url: url, validators: validators(of: role))
            if case let .feed(index) = role {
                fetch.feedName = feeds[index].address.displayName
                if let held = feeds[index].body, let resume = FetchResume(after: held) {
                    fetch.resume = resume
                    fetch.heldLines = feeds[index].bodyLines
                }
            }
            effects.append(.fetch(fetch))
        }
        return effects
    }

    /// An answer while following. The next fetch is scheduled from how it went: a refresh
    /// after a body or a 304, a backoff (shortened by up to a fifth, by `randomUnit`) after a
    /// failure, and at least what the server asked after `Retry-After`. A data body waits for
    /// the next load to prove it valid; a feed body replaces the feed at once.
    mutating func takeFetch(_ fetch: SourceEvent.FetchEnded, at now: ContinuousClock.Instant, randomUnit: Double) -> [SourceEffect] {
        let role = fetch.role
        var poll = polls[role] ?? Poll(next: now)
        let outcome = fetch.result.outcome(afterConsecutiveFailures: poll.failures)
        poll.inFlight = false
        poll.failures = outcome.consecutiveFailures
        poll.next = now + schedule.delay(after: outcome, randomUnit: randomUnit)
        polls[role] = poll
        let name = address(of: role).displayName
        switch (fetch.result, role) {
        case let (.fetched(body), .data(index)):
            candidates[index] = body
            reloadWanted = true
            return []
        case let (.fetched(body), .feed(index)):
            let held = feeds[index].body
            if let start = body.resumedFrom {
                // 206: only what was appended to the body held.
                feeds[index].health = .fetched(at: fetch.endedAt, status: 206)
                guard let held, held.count == start else {
                    // Not the body held any more (a cached copy replaced meanwhile): fetch it
                    // whole next, without the validators of bytes it does not hold.
                    feeds[index].hold(nil)
                    feeds[index].validators = nil
                    return []
                }
                feeds[index].validators = body.validators
                guard !body.body.isEmpty else { return [] }
                let batch = fetch.feed ?? FeedStream.decodeWhole(body.body, name: name, linesBefore: feeds[index].bodyLines)
                feeds[index].holdAppended(body.body)
                live.add(batch.records, fromFeed: index)
                pendingProblems += batch.diagnostics
                feedsChanged()
                var copy = body
                copy.body = feeds[index].body ?? []
                copy.resumedFrom = nil
                return [.storeInCache(copy.cachedCopy(fetchedAt: fetch.endedAt))]
            }
            feeds[index].validators = body.validators
            feeds[index].health = .fetched(at: fetch.endedAt, status: 200)
            feeds[index].hold(body.body)
            let batch = fetch.feed ?? FeedStream.decodeWhole(body.body, name: name)
            live.replace(batch.records, ofFeed: index)
            pendingProblems += batch.diagnostics
            feedsChanged()
            if let held, !body.body.starts(with: held) { fetchDataSoon(at: now) }
            return [.storeInCache(body.cachedCopy(fetchedAt: fetch.endedAt))]
        case let (.notModified(validators), _):
            setValidators(validators, of: role)
            setHealth(.fetched(at: fetch.endedAt, status: 304), of: role)
            return []
        case let (.throttled(retryAfter, failure), _):
            let message = "\(failure.reason); the server asked to wait \(Format.seconds(retryAfter))s"
            setFailed(role, message, reason: failure.reason)
            return [.report(.fetchFailed(source: name, message: message))]
        case let (.failed(failure), _):
            setFailed(role, failure.reason.description, reason: failure.reason)
            // The wait said is the backoff before jitter: "about".
            let wait = schedule.delay(after: outcome)
            return [.report(.fetchFailed(source: name, message: "\(failure.reason); trying again in about \(Format.seconds(wait))s"))]
        }
    }

    /// A feed was replaced rather than grown, as a journal is when its dataset was compacted:
    /// the data URLs are fetched now rather than a refresh later, so the records that moved from
    /// the feed into the data are not missing for long.
    mutating func fetchDataSoon(at now: ContinuousClock.Instant) {
        for index in data.indices {
            guard var poll = polls[.data(index)], !poll.inFlight else { continue }
            poll.next = min(poll.next, now)
            polls[.data(index)] = poll
        }
    }

    /// A failed fetch: unreachable with a copy on screen is offline; anything else (an error
    /// status, a truncated body) is a failure. Either way the copy on screen stays.
    mutating func setFailed(_ role: SourceRole, _ message: String, reason: FetchFailure.Reason) {
        let last = lastGood(role)
        failures[address(of: role)] = message
        let offline: Bool
        switch reason {
        case .transport, .timedOut: offline = true
        case .status, .truncated, .unsupportedScheme, .cancelled, .tooLarge: offline = false
        }
        setHealth(offline && last != nil ? .offline(cachedAt: last) : .failed(message: message, lastGood: last), of: role)
    }

    /// When the copy on screen from a URL was fetched: the last answer with a body, or the cache.
    func lastGood(_ role: SourceRole) -> Date? {
        SourceStatus(name: "", state: health(of: role)).lastGood ?? cachedAt[role]
    }
}
