import FrontierCore

extension ImportKind {
    /// Reads `bytes` in this kind's format; what cannot be read at all is an `ImportError`,
    /// entries left out are in the batch's `skipped`.
    ///
    /// A source where every entry was left out is refused whole: that is what the wrong kind
    /// looks like (a LiteLLM file read as models.dev), and saying "skipped 14" with success
    /// would hide it.
    public func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        let batch: ImportBatch
        switch self {
        case .rss, .atom: batch = try FeedImporter.parse(bytes, context: context)
        case .openrouter: batch = try OpenRouterImporter.parse(bytes, context: context)
        case .modelsdev: batch = try ModelsDevImporter.parse(bytes, context: context)
        case .litellm: batch = try LiteLLMImporter.parse(bytes, context: context)
        case .epoch: batch = try EpochImporter.parse(bytes, context: context)
        }
        // Listings that carry no figure at all are names without data: another format's keys.
        let figures = batch.listings.contains {
            $0.price != nil || $0.training != nil || $0.context != nil || $0.parameters != nil || $0.released != nil
        }
        if batch.news.isEmpty, !figures, let first = batch.skipped.first {
            let count = batch.skipped.count
            throw ImportError(place: context.location,
                              message: "no entry could be read as \(rawValue) (\(count) left out, the first: \(first)); is it the right kind?")
        }
        return batch
    }
}
