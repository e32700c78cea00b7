import Foundation
import FrontierCore
import SystemBackend

/// Follows a JSON Lines feed file as it grows, reading each byte once.
///
/// Every `poll()` reads only what was appended since the last one, from the remembered byte
/// offset: a feed that has run for days is never read again from the top. A half-written last
/// line waits for its newline. The file's identity (device and inode) and size tell the other
/// cases apart: a new file at the path (rotation, save by rename) and a shorter file
/// (truncation) are both read again from the start, and reported as events.
///
/// It does not watch anything itself: the runtime calls `poll()` when the file watcher says the
/// file changed, and once at start.
///
/// Limits of offsets: a file truncated and then written past its old size between two polls
/// looks like a file that only grew, and lines written to the old file after the last poll but
/// before it was rotated away are not read. Polling on every change keeps both windows small.
public struct FeedTailer: Sendable {
    /// The path that is opened, relative to the working directory or absolute.
    public let path: String
    /// The file as the user named it, for diagnostics.
    public let name: String
    /// Bytes of the current file read so far, complete lines and a partial last line alike.
    public private(set) var offset: UInt64 = 0
    /// The identity of the file being read; nil before it was first seen, or after it vanished.
    public private(set) var identity: FileIdentity?
    private var splitter = FeedLineSplitter()
    private var reportedMissing = false
    /// The last problem reported about the file itself, so a file that stays unreadable is
    /// reported once rather than on every change in its directory.
    private var reportedProblem: String?

    /// - Parameters:
    ///   - path: the file to follow; it need not exist yet.
    ///   - name: how diagnostics name the file; the path unless given.
    public init(path: String, name: String? = nil) {
        self.path = path
        self.name = name ?? path
    }

    /// The number of the last complete line read from the current file.
    public var lineNumber: Int { splitter.lineCount }

    /// Whether bytes after the last newline are waiting for it.
    public var hasPartialLine: Bool { splitter.hasPartialLine }

    /// Reads what is new in the file and decodes the lines it completes.
    public mutating func poll() -> FeedBatch {
        var batch = FeedBatch()
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: resolved)
        } catch {
            if Self.isMissing(error) {
                fileVanished(into: &batch)
            } else {
                reportOnce("cannot read the feed: \(Self.reason(error))", into: &batch)
            }
            return batch
        }
        reportedMissing = false
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            reportOnce("the feed is not a regular file; to read a pipe, send it to stdin and use --feed -", into: &batch)
            return batch
        }
        let current = FileIdentity(attributes: attributes)
        if let identity, identity != current {
            startOver(with: .rotated, into: &batch)
        }
        identity = current
        do {
            try readNewBytes(from: resolved, into: &batch)
            reportedProblem = nil
        } catch {
            reportOnce("cannot read the feed: \(Self.reason(error))", into: &batch)
        }
        return batch
    }

    private mutating func readNewBytes(from path: String, into batch: inout FeedBatch) throws {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        if size < offset { startOver(with: .truncated, into: &batch) }
        guard size > offset else { return }
        try handle.seek(toOffset: offset)
        // Read no further than the size just measured: bytes appended meanwhile are left for the
        // next poll, which the watcher will ask for, so the offset always matches what was split.
        // In pieces, so a huge append costs no more memory than its longest kept line.
        while offset < size {
            guard let data = try handle.read(upToCount: Int(min(size - offset, 1 << 20))), !data.isEmpty else { return }
            offset += UInt64(data.count)
            for line in splitter.split(data) { FeedLineDecoder.decode(line, file: name, into: &batch) }
        }
    }

    private mutating func fileVanished(into batch: inout FeedBatch) {
        // Whatever appears at the path next is a new file, to be read from its start.
        identity = nil
        offset = 0
        splitter.reset()
        reportedProblem = nil
        if !reportedMissing {
            reportedMissing = true
            batch.events.append(.missing)
        }
    }

    private mutating func startOver(with event: FeedEvent, into batch: inout FeedBatch) {
        offset = 0
        splitter.reset()
        batch.events.append(event)
    }

    private mutating func reportOnce(_ message: String, into batch: inout FeedBatch) {
        guard reportedProblem != message else { return }
        reportedProblem = message
        batch.diagnostics.append(Diagnostic(file: name, line: 0, column: 0, path: "", message: message))
    }

    private static func isMissing(_ error: Error) -> Bool {
        guard let error = error as? CocoaError else { return false }
        return error.code == .fileReadNoSuchFile || error.code == .fileNoSuchFile
    }

    /// The system's own words (such as "Permission denied"), which say what to fix.
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return (underlying ?? error as NSError).localizedDescription
    }
}
