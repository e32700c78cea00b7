import Foundation

/// Where a `--data` or `--feed` value points: a file, an http(s) URL, or stdin (`-`).
///
/// Not called `SourceLocation`: Swift Testing has a type of that name, and every test imports both.
public enum SourceAddress: Hashable, Sendable {
    case file(String)
    case url(URL)
    case standardInput

    public init(_ text: String) {
        let lowered = text.lowercased()
        if text == "-" {
            self = .standardInput
        } else if lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), let url = URL(string: text) {
            self = .url(url)
        } else {
            self = .file(text)
        }
    }

    /// How the status line and diagnostics name it: a file by its last component, a URL whole
    /// (a password masked), stdin as `stdin`.
    public var displayName: String {
        switch self {
        case let .file(path): return path.split(separator: "/").last.map(String.init) ?? path
        case let .url(url): return SourceAddress.masked(url)
        case .standardInput: return "stdin"
        }
    }

    public var path: String? {
        if case let .file(path) = self { return path }
        return nil
    }

    public var url: URL? {
        if case let .url(url) = self { return url }
        return nil
    }

    /// The URL as text, with any password replaced, because it is shown on screen.
    public static func masked(_ url: URL) -> String {
        guard url.password != nil, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return url.absoluteString
        }
        components.password = "***"
        return components.string ?? url.absoluteString
    }
}
