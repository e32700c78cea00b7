import Foundation
import FrontierCore
import NcursesBackend

/// Follows the `--data` and `--feed` files while the dashboard runs.
///
/// The watcher wakes the loop only on real changes (no timers while idle); the debouncer waits
/// for a save to settle. A changed feed is read on the spot (only its new bytes); changed data
/// files are loaded again in a detached task, which leaves its result here and wakes the loop
/// through the waker, so keys keep being answered during a large reload.
final class DataReloader: @unchecked Sendable {
    /// A finished load of the data files: merged, and checked on their own.
    struct Reload: Sendable {
        var merger: DatasetMerger
        var diagnostics: [Diagnostic]
    }

    private let dataPaths: [String]
    private let feedPaths: Set<String>
    private let watcher: FileWatcher
    private var debouncer = Debouncer()
    private let waker: Waker
    private let lock = NSLock()
    private var finished: Reload?
    private var loading = false
    /// A change that arrived while a load was running; loaded again when it ends.
    private var changedDuringLoad = false

    init(dataPaths: [String], feedPaths: [String], waker: Waker) throws {
        self.dataPaths = dataPaths
        self.feedPaths = Set(feedPaths)
        self.waker = waker
        watcher = try FileWatcher(paths: dataPaths + feedPaths)
    }

    /// The descriptor the event loop watches.
    var fileDescriptor: Int32 { watcher.fileDescriptor }

    /// When the loop must wake to act on settled changes; nil while nothing is waiting.
    var deadline: ContinuousClock.Instant? { debouncer.nextDeadline }

    /// The watcher's descriptor is readable: note which files changed.
    func filesChanged(at now: ContinuousClock.Instant) {
        debouncer.record(watcher.readChanges(), at: now)
    }

    /// Acts on the changes that have settled: starts reloading the data files if any changed,
    /// and returns the feeds that changed, for the caller to read.
    func startDueReload(at now: ContinuousClock.Instant) -> Set<String> {
        let due = debouncer.takeDue(at: now)
        if due.contains(where: { !feedPaths.contains($0) }) { startLoading() }
        return due.intersection(feedPaths)
    }

    private func startLoading() {
        lock.lock()
        if loading {
            changedDuringLoad = true
            lock.unlock()
            return
        }
        loading = true
        lock.unlock()
        let paths = dataPaths
        Task.detached { [self] in
            let merger = DatasetLoader.merger(paths: paths)
            deliver(Reload(merger: merger, diagnostics: merger.result().diagnostics))
        }
    }

    /// Leaves a finished load for the terminal thread and wakes it.
    private func deliver(_ reload: Reload) {
        lock.withLock { finished = reload }
        waker.wake()
    }

    /// The result of a finished reload, once; and a new load if more changes came meanwhile.
    func takeFinished(at now: ContinuousClock.Instant) -> Reload? {
        lock.lock()
        let result = finished
        finished = nil
        if result != nil { loading = false }
        let again = result != nil && changedDuringLoad
        if again { changedDuringLoad = false }
        lock.unlock()
        if again { debouncer.record(dataPaths, at: now) }
        return result
    }
}
