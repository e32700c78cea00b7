import ArgumentParser
import Foundation
import FrontierCore
import FrontierImport
import FrontierLive
import SystemBackend

/// Where `frontier import` reads SOURCE: a file, standard input (`-`) or an http(s) URL.
enum SourceArgument: Hashable {
    case file(String)
    case standardInput
    case url(URL)

    init(_ text: String) throws(ValidationError) {
        if text == "-" {
            self = .standardInput
            return
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: text), url.host?.isEmpty == false else {
                throw ValidationError("\(text) is not a valid URL")
            }
            self = .url(url)
        } else if let scheme = text.range(of: "://").map({ text[..<$0.lowerBound] }),
                  !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) {
            throw ValidationError("only http and https URLs can be fetched, not \(scheme)://")
        } else {
            self = .file(text)
        }
    }

    /// How messages name the source: the path as given, `stdin`, or the URL.
    var shownName: String {
        switch self {
        case let .file(path): return path
        case .standardInput: return "stdin"
        case let .url(url): return url.absoluteString
        }
    }

    /// The whole source, or why it cannot be had, with the exit status that says so.
    func read(timeout: Duration, limits: InputLimits) throws(CommandFailure) -> [UInt8] {
        switch self {
        case let .file(path):
            do {
                return try ImportFile.read(path: path, limit: limits.fileBytes)
            } catch {
                throw CommandFailure(error.description, status: CommandFailure.dataError)
            }
        case .standardInput:
            do {
                return try FileContents.read(descriptor: STDIN_FILENO, limit: limits.fileBytes)
            } catch {
                throw CommandFailure("stdin: cannot read: \(error.reason)", status: CommandFailure.dataError)
            }
        case let .url(url):
            let fetcher = HTTPFetcher(timeout: timeout, userAgent: SourceArgument.userAgent, maxBodyBytes: limits.httpBodyBytes)
            let result = AsyncBridge.wait { await fetcher.fetch(url, validators: nil) }
            switch result {
            case let .fetched(body):
                return body.body
            case .notModified:
                // Nothing was sent to make the answer conditional, so a 304 is the server's error.
                throw CommandFailure("could not fetch \(url.absoluteString): HTTP 304 without a conditional request",
                                     status: CommandFailure.unavailable)
            case let .throttled(retryAfter, failure):
                throw CommandFailure("\(failure); the server asks to wait \(Format.seconds(retryAfter)) s before trying again",
                                     status: CommandFailure.temporary)
            case let .failed(failure):
                let status = CommandFailure.exitStatus(after: failure)
                throw CommandFailure(status == CommandFailure.temporary ? "\(failure); try again later" : failure.description,
                                     status: status)
            }
        }
    }

    /// Sent with every fetch, so a source's operator can tell who is asking.
    static let userAgent = "frontier/\(Frontier.configuration.version)"
}
