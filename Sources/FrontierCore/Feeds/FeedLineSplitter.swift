/// Cuts a stream of bytes, arriving in pieces of any size, into complete numbered lines.
///
/// Bytes after the last newline are kept until their newline arrives: a writer may be caught
/// half-way through a line, and decoding that half would report an error that is not there.
/// A `\r` before the newline is dropped, so files written on Windows read the same. Empty
/// lines are returned too, because they still count when numbering the lines after them.
public struct FeedLineSplitter: Hashable, Sendable {
    /// The number of the last complete line returned; 0 before the first.
    public private(set) var lineCount = 0
    /// Bytes after the last newline, waiting for theirs.
    public private(set) var partialLine: [UInt8] = []

    public init() {}

    /// Whether bytes are waiting for a newline.
    public var hasPartialLine: Bool { !partialLine.isEmpty }

    /// Takes the next bytes of the stream and returns the lines they complete, in order.
    public mutating func split(_ bytes: some Collection<UInt8>) -> [FeedLine] {
        var lines: [FeedLine] = []
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: Self.newline) {
            var line = partialLine
            partialLine = []
            line.append(contentsOf: bytes[start..<newline])
            lines.append(complete(line))
            start = bytes.index(after: newline)
        }
        partialLine.append(contentsOf: bytes[start...])
        return lines
    }

    /// Ends the stream: bytes still waiting become the last line, since no newline will come.
    ///
    /// For a pipe or stdin that was closed. A file that is being tailed never ends this way:
    /// its writer may still finish the line.
    public mutating func finish() -> FeedLine? {
        guard hasPartialLine else { return nil }
        let line = partialLine
        partialLine = []
        return complete(line)
    }

    /// Starts again at line 1 with nothing waiting, as when a file is truncated or replaced.
    public mutating func reset() {
        self = FeedLineSplitter()
    }

    private mutating func complete(_ bytes: [UInt8]) -> FeedLine {
        lineCount += 1
        var bytes = bytes
        if bytes.last == Self.carriageReturn { bytes.removeLast() }
        return FeedLine(number: lineCount, bytes: bytes)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
