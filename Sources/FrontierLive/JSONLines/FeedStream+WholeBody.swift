extension FeedStream {
    /// The records of a feed fetched whole, as from a URL or the cache: the body is one
    /// complete stream, so its last line counts even without a newline.
    /// With `linesBefore`, the body is the rest of a feed whose first lines were decoded before.
    public static func decodeWhole(_ body: [UInt8], name: String, linesBefore: Int = 0) -> FeedBatch {
        var stream = FeedStream(name: name, linesBefore: linesBefore)
        var batch = stream.consume(body)
        batch.append(stream.finish())
        return batch
    }
}
