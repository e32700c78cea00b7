import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
import FrontierCore
import SystemBackend
#endif

/// Fetches a URL conditionally and says how it went, for sources polled over HTTP(S).
///
/// Knows bytes and HTTP only, nothing about datasets, so the dashboard's `--data`/`--feed`
/// polling and a later `ingest` command can share it. `fetch` never throws: every way a fetch
/// can end is a `FetchResult` the caller feeds to `PollSchedule` and its own state. The session
/// is ephemeral with no URL cache, because validators are ours to keep (in `RemoteCache`)
/// and a second, hidden cache would answer from memory instead of asking the server.
///
/// `fetch` is `async`; the runtime calls it from a `Task` so the terminal thread never waits on
/// the network.
public final class HTTPFetcher: Sendable {
    /// The most a fetch may take, from the request to the last byte of the body.
    public let timeout: Duration
    private let session: URLSession
    private let exchanges: HTTPExchanges
    /// The clock for a `Retry-After` date when the response has no `Date` to measure it from.
    private let now: @Sendable () -> Date

    /// - Parameter maxBodyBytes: the most bytes of one body kept; a larger body (or a
    ///   `Content-Length` above it) ends the fetch as `.tooLarge`.
    public init(timeout: Duration = .seconds(30), userAgent: String = "frontier",
                maxBodyBytes: Int = InputLimits.standard.httpBodyBytes, now: @escaping @Sendable () -> Date = { Date() }) {
        self.timeout = timeout
        exchanges = HTTPExchanges(maxBodyBytes: maxBodyBytes)
        self.now = now
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.timeoutIntervalForRequest = Self.seconds(timeout)
        configuration.timeoutIntervalForResource = Self.seconds(timeout)
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
        session = URLSession(configuration: configuration, delegate: exchanges, delegateQueue: nil)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// Fetches `url`, sending `If-None-Match` and `If-Modified-Since` from `validators` so an
    /// unchanged source costs a 304 and no body. With `resume`, asks only for what was appended
    /// after the bytes held (a body with `resumedFrom` set), and fetches the whole file again
    /// when the answer does not continue them.
    public func fetch(_ url: URL, validators: Validators?, resuming resume: FetchResume? = nil) async -> FetchResult {
        // A range request that fails in any way (a proxy that cannot serve it, a body it could
        // not decode) falls back to the whole file, which is fetched and judged as usual.
        if let resume, let result = await fetchOnce(url, validators: validators, resume: resume) {
            if case .failed = result {} else { return result }
        }
        // No range asked for, or an answer that does not continue the bytes held: the whole file.
        return await fetchOnce(url, validators: resume == nil ? validators : nil, resume: nil)
            ?? .failed(FetchFailure(url: url, reason: .status(206)))
    }

    /// One request; nil when a range was asked for and the answer does not continue the bytes held.
    private func fetchOnce(_ url: URL, validators: Validators?, resume: FetchResume?) async -> FetchResult? {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            return .failed(FetchFailure(url: url, reason: .unsupportedScheme(scheme)))
        }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: Self.seconds(timeout))
        if let entityTag = validators?.entityTag {
            request.setValue(entityTag, forHTTPHeaderField: "If-None-Match")
        }
        if let lastModified = validators?.lastModified {
            request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since")
        }
        if let resume {
            request.setValue(resume.rangeHeader, forHTTPHeaderField: "Range")
            // A range of a compressed body is a slice of the compressed bytes, which cannot be decoded alone.
            request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
        }
        let exchange = await perform(request)
        if exchange.exceededLimit {
            return .failed(FetchFailure(url: url, reason: .tooLarge(limit: exchanges.maxBodyBytes)))
        }
        if let error = exchange.error {
            let reason = reason(for: error)
            // A connection that closes early reaches us only as libcurl's own wording of a
            // transport error; the headers that did arrive say how much was promised, so say that.
            if case .transport = reason, let http = exchange.response as? HTTPURLResponse,
               let expected = Self.promisedLength(http), exchange.body.count < expected {
                return .failed(FetchFailure(url: url, reason: .truncated(expected: expected, received: exchange.body.count)))
            }
            return .failed(FetchFailure(url: url, reason: reason))
        }
        guard let http = exchange.response as? HTTPURLResponse else {
            return .failed(FetchFailure(url: url, reason: .transport("the answer was not HTTP")))
        }
        if let resume {
            switch http.statusCode {
            case 416: return nil
            case 206:
                if let expected = Self.promisedLength(http), exchange.body.count < expected {
                    return .failed(FetchFailure(url: url, reason: .truncated(expected: expected, received: exchange.body.count)))
                }
                guard let appended = resume.appended(contentRange: http.value(forHTTPHeaderField: "Content-Range"),
                                                     body: Array(exchange.body)) else { return nil }
                let validators = Validators(entityTag: http.value(forHTTPHeaderField: "ETag"),
                                            lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
                return .fetched(FetchedBody(url: url, body: appended, validators: validators,
                                            serverDate: http.value(forHTTPHeaderField: "Date").flatMap(HTTPDate.parse),
                                            resumedFrom: resume.offset))
            default: break
            }
        }
        return result(of: http, body: exchange.body, url: url, sent: validators ?? Validators())
    }

    /// Runs the request through the session delegate, which keeps the headers and the count of
    /// bytes of an answer that broke off; `URLSession.data(for:)` keeps neither on Linux.
    /// Cancelling the calling `Task` cancels the request.
    private func perform(_ request: URLRequest) async -> HTTPExchanges.Exchange {
        let task = session.dataTask(with: request)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                exchanges.begin(task, whenDone: continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    private func result(of response: HTTPURLResponse, body: Data, url: URL, sent: Validators) -> FetchResult {
        let serverDate = response.value(forHTTPHeaderField: "Date").flatMap(HTTPDate.parse)
        let received = Validators(
            entityTag: response.value(forHTTPHeaderField: "ETag"),
            lastModified: response.value(forHTTPHeaderField: "Last-Modified")
        )
        switch response.statusCode {
        case 304:
            return .notModified(Validators(
                entityTag: received.entityTag ?? sent.entityTag,
                lastModified: received.lastModified ?? sent.lastModified
            ))
        case 200...299:
            if let expected = Self.promisedLength(response), body.count < expected {
                return .failed(FetchFailure(url: url, reason: .truncated(expected: expected, received: body.count)))
            }
            return .fetched(FetchedBody(url: url, body: Array(body), validators: received, serverDate: serverDate))
        case 429, 503:
            let failure = FetchFailure(url: url, reason: .status(response.statusCode))
            guard let header = response.value(forHTTPHeaderField: "Retry-After"),
                  let wait = RetryAfter.delay(header, relativeTo: serverDate ?? now()) else { return .failed(failure) }
            return .throttled(retryAfter: wait, failure)
        default:
            // 1xx and 3xx that reach here were not followed or not final; neither brings a body we can use.
            return .failed(FetchFailure(url: url, reason: .status(response.statusCode)))
        }
    }

    /// The `Content-Length` the body must reach, when it can be checked: a compressed body is
    /// decoded before we see it, so its length says nothing about the bytes we hold.
    private static func promisedLength(_ response: HTTPURLResponse) -> Int? {
        if let encoding = response.value(forHTTPHeaderField: "Content-Encoding"),
           encoding.lowercased() != "identity" { return nil }
        return response.value(forHTTPHeaderField: "Content-Length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    private func reason(for error: any Error) -> FetchFailure.Reason {
        if error is CancellationError { return .cancelled }
        guard let urlError = error as? URLError else { return .transport("\(error)") }
        switch urlError.code {
        case .timedOut: return .timedOut(after: timeout)
        case .cancelled: return .cancelled
        case .cannotConnectToHost: return .transport("could not connect to the server")
        case .cannotFindHost, .dnsLookupFailed: return .transport("host not found")
        case .networkConnectionLost: return .transport("the connection was lost")
        case .notConnectedToInternet: return .transport("no network connection")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .transport("the secure connection failed (\(urlError.localizedDescription))")
        case .badServerResponse, .cannotParseResponse: return .transport("the server's answer was not valid HTTP")
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return .transport("too many or broken redirects")
        default: return .transport(urlError.localizedDescription)
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
