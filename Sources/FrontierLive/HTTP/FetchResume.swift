import Foundation

/// Where a fetch of a file that only grows (a JSON Lines feed, a journal) picks up: the length
/// already held and its last bytes.
///
/// The request asks for the bytes from a little before `offset` (`Range: bytes=N-`): a server
/// that answers `206 Partial Content` from there, with the held bytes where they were, sends only
/// what was appended. Any other answer means the file is not the one held grown longer (it was
/// replaced, truncated, or the server ignores ranges), and the whole file is fetched.
public struct FetchResume: Hashable, Sendable {
    /// The bytes already held.
    public var offset: Int
    /// The last bytes held, which the answer must repeat where they were.
    public var overlap: [UInt8]

    /// Resumes after `body`, checking up to `overlapLimit` of its last bytes; nil when there is
    /// nothing to resume from or its last line is unfinished (a whole fetch decodes that line as
    /// complete, so it cannot be continued).
    public init?(after body: [UInt8], overlapLimit: Int = 64) {
        guard let last = body.last, last == UInt8(ascii: "\n") else { return nil }
        offset = body.count
        overlap = Array(body.suffix(overlapLimit))
    }

    /// The `Range` header value.
    public var rangeHeader: String { "bytes=\(offset - overlap.count)-" }

    /// The appended bytes, when a `206` answer with `Content-Range` `contentRange` and `body`
    /// continues what is held to the end of the file; nil when it does not (another start, other
    /// bytes where the held ones were, or a part that stops short of the file's end).
    public func appended(contentRange: String?, body: [UInt8]) -> [UInt8]? {
        guard let contentRange, let range = Self.parse(contentRange), range.start == offset - overlap.count,
              range.end + 1 == range.total, body.count == range.end - range.start + 1,
              body.count >= overlap.count, body.prefix(overlap.count).elementsEqual(overlap) else { return nil }
        return Array(body.dropFirst(overlap.count))
    }

    /// `bytes 10-99/100` as its first byte, last byte and the file's length; nil for anything
    /// else, an unknown length (`/*`) included.
    private static func parse(_ contentRange: String) -> (start: Int, end: Int, total: Int)? {
        let trimmed = contentRange.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes ") else { return nil }
        let parts = trimmed.dropFirst("bytes ".count).split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let total = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        let bounds = parts[0].split(separator: "-", maxSplits: 1)
        guard bounds.count == 2, let start = Int(bounds[0].trimmingCharacters(in: .whitespaces)),
              let end = Int(bounds[1].trimmingCharacters(in: .whitespaces)), start <= end else { return nil }
        return (start, end, total)
    }
}
