import FrontierCore

/// One complete line of a feed, without its line ending, and its 1-based number in the stream.
///
/// The number travels with the bytes because a line is decoded on its own, so nothing else
/// knows where in the file it stood; diagnostics need it to point at the right line.
public struct FeedLine: Hashable, Sendable {
    public var number: Int
    public var bytes: [UInt8]
    /// The length of a line that passed the splitter's limit; its bytes were dropped, so it
    /// is reported and skipped rather than decoded.
    public var overlongBytes: Int?

    public init(number: Int, bytes: [UInt8], overlongBytes: Int? = nil) {
        self.number = number
        self.bytes = bytes
        self.overlongBytes = overlongBytes
    }
}
