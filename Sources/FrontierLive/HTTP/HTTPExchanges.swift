import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
import FrontierCore
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
        /// The body passed the limit (or `Content-Length` promised more), so the task was cancelled.
        var exceededLimit = false
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
    /// Tasks already answered (their body passed the limit), whose end must not be kept as early.
    private var ignored: Set<Int> = []
    /// The most body bytes kept per task; past it the task is cancelled, so memory stays bounded
    /// whatever the server sends.
    let maxBodyBytes: Int

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

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
        // A promised length above the limit fails before any of the body is read.
        let tooLarge = response.expectedContentLength > Int64(maxBodyBytes)
        lock.withLock {
            pending[dataTask.taskIdentifier]?.exchange.response = response
            if tooLarge { pending[dataTask.taskIdentifier]?.exchange.exceededLimit = true }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let abandoned: Pending? = lock.withLock {
            guard let exchange = pending[dataTask.taskIdentifier]?.exchange else { return nil }
            guard exchange.body.count + data.count > maxBodyBytes else {
                pending[dataTask.taskIdentifier]?.exchange.body.append(data)
                return nil
            }
            // Answered now rather than when the cancelled transfer winds down, which on Linux
            // can take as long as the server keeps sending.
            ignored.insert(dataTask.taskIdentifier)
            return pending.removeValue(forKey: dataTask.taskIdentifier)
        }
        guard var abandoned else { return }
        dataTask.cancel()
        abandoned.exchange.body = Data()
        abandoned.exchange.exceededLimit = true
        abandoned.continuation.resume(returning: abandoned.exchange)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let finished: Pending? = lock.withLock {
            if ignored.remove(task.taskIdentifier) != nil { return nil }
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
