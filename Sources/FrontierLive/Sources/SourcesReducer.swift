import FrontierCore

/// Applies an event to the followed sources and returns the effects the runtime must perform.
///
/// Pure, like `reduce(_:_:)` for `AppState`: it never reads the clock, the file system or the
/// network, and draws no random numbers; time and jitter arrive in the events.
public func reduce(_ state: inout SourcesState, _ event: SourceEvent) -> [SourceEffect] {
    switch event {
    case let .cachedCopyRead(role, copy):
        state.takeCachedCopy(copy, of: role)
        return []
    case let .fetchedAtStart(role, result, at):
        return state.takeFirstFetch(result, of: role, at: at)
    case let .opened(base, at, fetchedNow):
        state.open(base: base, at: at, fetchedNow: fetchedNow)
        return []
    case .standardInputDrained:
        state.mergeDrainedStandardInput()
        return []
    case let .filesChanged(paths, at):
        state.debouncer.record(paths, at: at)
        return []
    case let .debounceDue(at):
        return state.takeDueChanges(at: at)
    case let .feedFileRead(feed, batch, exists):
        state.takeFeedFile(batch, feed: feed, exists: exists)
        return []
    case let .standardInputRead(batch):
        state.takeStandardInput(batch, endedAt: nil)
        return []
    case let .standardInputEnded(batch, at):
        state.takeStandardInput(batch, endedAt: at)
        return []
    case let .fetchFinished(fetch, at, randomUnit):
        return state.takeFetch(fetch, at: at, randomUnit: randomUnit)
    case let .loadFinished(load, at):
        return state.takeLoad(load, at: at)
    case let .passEnded(at):
        return state.startDueWork(at: at)
    }
}
