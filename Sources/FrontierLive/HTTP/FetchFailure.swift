import Foundation
import FrontierCore
import SystemBackend

/// Why a fetch brought no body, with the URL, worded for one status line.
public struct FetchFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var url: URL
    public var reason: Reason

    /// What went wrong, as a user can act on it: fix the URL, wait, or check the network.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// The server answered with an error status (4xx or 5xx, or 429/503 without `Retry-After`).
        case status(Int)
        /// No complete answer arrived within the fetcher's timeout.
        case timedOut(after: Duration)
        /// The connection closed before the whole body arrived (`Content-Length` promised more).
        case truncated(expected: Int, received: Int)
        /// The connection could not be made or broke; the text says how ("could not connect").
        case transport(String)
        /// Only `http` and `https` URLs can be polled.
        case unsupportedScheme(String)
        /// The task fetching it was cancelled, as when the dashboard quits mid-fetch.
        case cancelled
        /// The body (or its `Content-Length`) passed the input limit, so it was not read further.
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            case let .status(code):
                return Self.statusPhrases[code].map { "HTTP \(code) \($0)" } ?? "HTTP \(code)"
            case let .timedOut(after):
                return "no answer within \(Format.seconds(after)) s"
            case let .truncated(expected, received):
                return "connection closed after \(received) of \(expected) bytes"
            case let .transport(text):
                return text
            case let .unsupportedScheme(scheme):
                return "\(scheme.isEmpty ? "no" : "'\(scheme)'") scheme; only http and https URLs can be fetched"
            case .cancelled:
                return "cancelled"
            case let .tooLarge(limit):
                return "the body is larger than the input limit of \(InputLimits.shown(limit)); raise it with --max-input-size"
            }
        }

        /// The phrases of the statuses a polled source plausibly answers with; URLSession does
        /// not pass on the server's own phrase, and a bare number is less help to a user.
        private static let statusPhrases = [
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 410: "Gone",
            429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
        ]
    }

    public init(url: URL, reason: Reason) {
        self.url = url
        self.reason = reason
    }

    /// One line naming the URL and the reason; a password in the URL is masked, because this
    /// line is shown on screen and may be pasted into a bug report.
    public var description: String {
        "could not fetch \(Self.shown(url)): \(reason)"
    }

    private static func shown(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              components.password != nil else { return url.absoluteString }
        components.password = "***"
        return components.string ?? url.absoluteString
    }
}
