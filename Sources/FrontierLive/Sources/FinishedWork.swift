import FrontierCore
import Synchronization

/// Fetches and loads that ended in background tasks, waiting for the caller's loop to take them.
///
/// The only state the tasks and the loop share; everything else stays on the loop's thread.
final class FinishedWork: Sendable {
    private let fetches = Mutex<[SourceEvent.FetchEnded]>([])
    private let load = Mutex<SourceEvent.LoadEnded?>(nil)

    func add(_ fetch: SourceEvent.FetchEnded) {
        fetches.withLock { $0.append(fetch) }
    }

    /// At most one load runs at a time, so there is at most one to hold.
    func add(_ ended: SourceEvent.LoadEnded) {
        load.withLock { $0 = ended }
    }

    func takeFetches() -> [SourceEvent.FetchEnded] {
        fetches.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }

    func takeLoad() -> SourceEvent.LoadEnded? {
        load.withLock { taken in
            defer { taken = nil }
            return taken
        }
    }
}
