import FrontierCore
import Synchronization
import SystemBackend

/// Builds a search index in a task and holds it until the dashboard's loop takes it, waking
/// the loop when it is ready: the one thing the task and the loop share.
final class BackgroundIndex: Sendable {
    private let built = Mutex<BuiltSearchIndex?>(nil)

    func start(_ dataset: Dataset, today: DayDate?, waker: Waker) {
        Task.detached { [self] in
            let index = BuiltSearchIndex(dataset, today: today)
            built.withLock { $0 = index }
            waker.wake()
        }
    }

    /// The index built since the last call, if any.
    func take() -> BuiltSearchIndex? {
        built.withLock { taken in
            defer { taken = nil }
            return taken
        }
    }
}
