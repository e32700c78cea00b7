import FrontierCore
import SystemBackend

/// Cuts a stream of bytes, arriving in pieces of any size, into complete numbered lines.
///
/// Bytes after the last newline are kept until their newline arrives: a writer may be caught
/// half-way through a line, and decoding that half would report an error that is not there.
/// A `\r` before the newline is dropped, so files written on Windows read the same. Empty
/// lines are returned too, because they still count when numbering the lines after them.
///
/// A line longer than `maximumLineBytes` is not kept: its bytes are counted and dropped as they
/// arrive, and it comes out as a numbered line marked overlong, so a writer that never sends a
/// newline cannot make us hold more than the limit.
public struct FeedLineSplitter: Hashable, Sendable {
    /// The number of the last complete line returned; 0 before the first.
    public private(set) var lineCount = 0
    /// Bytes after the last newline, waiting for theirs.
    public private(set) var partialLine: [UInt8] = []
    /// The longest line kept, in bytes (`InputLimits.feedLineBytes`).
    public let maximumLineBytes: Int
    /// Bytes of the current line dropped so far; non-zero once it passed the limit.
    private var droppedBytes = 0

    /// - Parameter linesBefore: lines of the stream already split elsewhere, so the first line
    ///   returned is numbered after them (the rest of a feed fetched from where it was left).
    public init(maximumLineBytes: Int = InputLimits.standard.feedLineBytes, linesBefore: Int = 0) {
        self.maximumLineBytes = maximumLineBytes
        lineCount = linesBefore
    }

    /// Whether bytes are waiting for a newline.
    public var hasPartialLine: Bool { !partialLine.isEmpty || droppedBytes > 0 }

    /// Takes the next bytes of the stream and returns the lines they complete, in order.
    public mutating func split(_ bytes: some Collection<UInt8>) -> [FeedLine] {
        var lines: [FeedLine] = []
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: Self.newline) {
            take(bytes[start..<newline])
            lines.append(complete(partialLine))
            start = bytes.index(after: newline)
        }
        take(bytes[start...])
        return lines
    }

    /// Adds bytes to the current line, or counts them once the line has passed the limit.
    private mutating func take(_ bytes: some Collection<UInt8>) {
        if droppedBytes == 0, partialLine.count + bytes.count <= maximumLineBytes {
            partialLine.append(contentsOf: bytes)
        } else {
            droppedBytes += partialLine.count + bytes.count
            partialLine = []
        }
    }

    /// Ends the stream: bytes still waiting become the last line, since no newline will come.
    ///
    /// For a pipe or stdin that was closed. A file that is being tailed never ends this way:
    /// its writer may still finish the line.
    public mutating func finish() -> FeedLine? {
        guard hasPartialLine else { return nil }
        return complete(partialLine)
    }

    /// Starts again at line 1 with nothing waiting, as when a file is truncated or replaced.
    public mutating func reset() {
        self = FeedLineSplitter(maximumLineBytes: maximumLineBytes)
    }

    /// Ends the current line, held in `bytes` (or dropped), and starts the next one empty.
    private mutating func complete(_ bytes: [UInt8]) -> FeedLine {
        lineCount += 1
        partialLine = []
        if droppedBytes > 0 {
            defer { droppedBytes = 0 }
            return FeedLine(number: lineCount, bytes: [], overlongBytes: droppedBytes)
        }
        var bytes = bytes
        if bytes.last == Self.carriageReturn { bytes.removeLast() }
        return FeedLine(number: lineCount, bytes: bytes)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
