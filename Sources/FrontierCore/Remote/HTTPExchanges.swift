import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The session delegate behind `HTTPFetcher`: gathers each task's response and body and hands
/// them over when the task ends, however it ends.
///
/// A delegate rather than `URLSession.data(for:)` because a transfer that breaks off must still
/// say what its headers promised, so a truncated body can be reported as one.
final class HTTPExchanges: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What came back for one request, including the headers of an answer that broke off.
    struct Exchange: @unchecked Sendable {
        var body = Data()
        var response: URLResponse?
        var error: (any Error)?
    }

    private struct Pending {
        var exchange = Exchange()
        var continuation: CheckedContinuation<Exchange, Never>
    }

    // The delegate queue and the fetching tasks touch `pending` from different threads.
    private let lock = NSLock()
    private var pending: [Int: Pending] = [:]
    /// Tasks that ended before `begin`: a task cancelled before it was resumed can report at once.
    private var endedEarly: [Int: Exchange] = [:]

    /// Registers `task`, or hands back its end at once if it has already ended.
    func begin(_ task: URLSessionTask, whenDone continuation: CheckedContinuation<Exchange, Never>) {
        let ended: Exchange? = lock.withLock {
            if let ended = endedEarly.removeValue(forKey: task.taskIdentifier) { return ended }
            pending[task.taskIdentifier] = Pending(continuation: continuation)
            return nil
        }
        if let ended { continuation.resume(returning: ended) }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.withLock { pending[dataTask.taskIdentifier]?.exchange.response = response }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock { pending[dataTask.taskIdentifier]?.exchange.body.append(data) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let finished: Pending? = lock.withLock {
            guard let finished = pending.removeValue(forKey: task.taskIdentifier) else {
                endedEarly[task.taskIdentifier] = Exchange(response: task.response, error: error)
                return nil
            }
            return finished
        }
        guard var finished else { return }
        finished.exchange.error = error
        if finished.exchange.response == nil { finished.exchange.response = task.response }
        finished.continuation.resume(returning: finished.exchange)
    }
}
