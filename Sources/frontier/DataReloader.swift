import Foundation
import FrontierCore
import NcursesBackend

/// Reloads the `--data` files off the terminal thread when they change on disk.
///
/// The watcher wakes the loop only on real changes (no timers while idle); the debouncer waits
/// for a save to settle; the load runs in a detached task, which leaves its result here and
/// wakes the loop through the waker, so keys keep being answered during a large reload.
final class DataReloader: @unchecked Sendable {
    private let paths: [String]
    private let watcher: FileWatcher
    private var debouncer = Debouncer()
    private let waker: Waker
    private let lock = NSLock()
    private var finished: DatasetLoadResult?
    private var loading = false
    /// A change that arrived while a load was running; loaded again when it ends.
    private var changedDuringLoad = false

    init(paths: [String], waker: Waker) throws {
        self.paths = paths
        self.waker = waker
        watcher = try FileWatcher(paths: paths)
    }

    /// The descriptor the event loop watches.
    var fileDescriptor: Int32 { watcher.fileDescriptor }

    /// When the loop must wake to start a debounced reload; nil while nothing is waiting.
    var deadline: ContinuousClock.Instant? { debouncer.nextDeadline }

    /// The watcher's descriptor is readable: note which files changed.
    func filesChanged(at now: ContinuousClock.Instant) {
        debouncer.record(watcher.readChanges(), at: now)
    }

    /// Starts a reload when the changes have settled.
    func startDueReload(at now: ContinuousClock.Instant) {
        guard !debouncer.takeDue(at: now).isEmpty else { return }
        lock.lock()
        if loading {
            changedDuringLoad = true
            lock.unlock()
            return
        }
        loading = true
        lock.unlock()
        let paths = paths
        Task.detached { [self] in
            deliver(DatasetLoader.load(paths: paths))
        }
    }

    /// Leaves a finished load for the terminal thread and wakes it.
    private func deliver(_ result: DatasetLoadResult) {
        lock.withLock { finished = result }
        waker.wake()
    }

    /// The result of a finished reload, once; and a new load if more changes came meanwhile.
    func takeFinished(at now: ContinuousClock.Instant) -> DatasetLoadResult? {
        lock.lock()
        let result = finished
        finished = nil
        if result != nil { loading = false }
        let again = result != nil && changedDuringLoad
        if again { changedDuringLoad = false }
        lock.unlock()
        if again {
            debouncer.record(paths, at: now)
        }
        return result
    }
}
