import FrontierCore

/// Reads a feed that arrives as a stream, such as stdin for `--feed -`.
///
/// The runtime reads whatever bytes are available and hands them over; this keeps the partial
/// last line and the line count between reads. Unlike a file, a stream can end, and then its
/// unfinished last line is decoded as it is.
public struct FeedStream: Sendable {
    /// The name used in diagnostics, such as `-` or `<stdin>`.
    public let name: String
    private var splitter = FeedLineSplitter()

    /// - Parameter linesBefore: lines of the stream read before this part of it.
    public init(name: String = "-", linesBefore: Int = 0) {
        self.name = name
        splitter = FeedLineSplitter(linesBefore: linesBefore)
    }

    /// Decodes the lines that `bytes` complete.
    public mutating func consume(_ bytes: some Collection<UInt8>) -> FeedBatch {
        var batch = FeedBatch()
        for line in splitter.split(bytes) { FeedLineDecoder.decode(line, file: name, into: &batch) }
        return batch
    }

    /// Ends the stream, decoding a last line that never got its newline.
    public mutating func finish() -> FeedBatch {
        var batch = FeedBatch()
        if let line = splitter.finish() { FeedLineDecoder.decode(line, file: name, into: &batch) }
        return batch
    }
}
