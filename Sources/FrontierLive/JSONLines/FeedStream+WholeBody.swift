extension FeedStream {
    /// The records of a feed fetched whole, as from a URL or the cache: the body is one
    /// complete stream, so its last line counts even without a newline.
    public static func decodeWhole(_ body: [UInt8], name: String) -> FeedBatch {
        var stream = FeedStream(name: name)
        var batch = stream.consume(body)
        batch.append(stream.finish())
        return batch
    }
}
