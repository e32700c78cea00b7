import Foundation
import FrontierLive

/// Learns of SIGTERM and SIGINT without interrupting anything, for `frontier ingest`.
///
/// The two signals are blocked in every thread and taken by one thread in `sigwait`, which only
/// sets a flag and wakes the main loop. A signal can therefore never land between taking the
/// dataset's lock and renaming the new file into place: the loop checks the flag between reads,
/// and while it sleeps or waits for a fetch, the wake-up ends the wait at once.
final class StopSignals: @unchecked Sendable {
    private let condition = NSCondition()
    private var received: Int32?

    /// Blocks the signals and starts the waiting thread. Call before any other thread or task
    /// exists: threads inherit the mask of the thread that creates them, and one that does not
    /// block the signals would be killed by them instead.
    init() {
        var set = Self.signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread { [self] in
            var set = Self.signalSet()
            while true {
                var signal: Int32 = 0
                guard sigwait(&set, &signal) == 0 else { continue }
                condition.lock()
                if received == nil { received = signal }
                condition.broadcast()
                condition.unlock()
            }
        }
        thread.name = "frontier-signals"
        thread.start()
    }

    /// True once SIGTERM or SIGINT has arrived.
    var stopRequested: Bool {
        condition.withLock { received != nil }
    }

    /// Sleeps until `deadline`; false when a stop signal ended the sleep.
    func sleep(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while received == nil, Date() < deadline {
            _ = condition.wait(until: deadline)
        }
        return received == nil
    }

    /// Runs `operation` and waits for its result; nil when a stop signal came first, in which
    /// case the task is cancelled (a fetch in flight ends at once) and left to finish alone.
    func wait<Value: Sendable>(for operation: @escaping @Sendable () async -> Value) -> Value? {
        let box = ResultBox<Value>()
        let task = Task.detached { [self] in
            let value = await operation()
            box.value = value
            wake()
        }
        condition.lock()
        while received == nil, box.value == nil {
            condition.wait()
        }
        let stopped = received != nil && box.value == nil
        condition.unlock()
        if stopped {
            task.cancel()
            return nil
        }
        return box.value
    }

    /// Wakes the waiting loop. The value is stored before the lock is taken and read under it,
    /// so the waiter either sees it or is already waiting when the broadcast comes.
    private func wake() {
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGINT)
        return set
    }
}
