import Foundation

/// Runs async work from a synchronous command and waits for it.
///
/// The headless commands are synchronous `ParsableCommand`s; the fetcher is async. The work
/// runs in a detached task on the global executor, so blocking this thread cannot starve it.
public enum AsyncBridge {
    public static func wait<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<Value>()
        Task.detached {
            box.value = await operation()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}
