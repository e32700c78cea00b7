extension ImportKind {
    /// Reads `bytes` in this kind's format; what cannot be read at all is an `ImportError`,
    /// entries left out are in the batch's `skipped`.
    public func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        switch self {
        case .rss, .atom: return try FeedImporter.parse(bytes, context: context)
        case .openrouter: return try OpenRouterImporter.parse(bytes, context: context)
        case .modelsdev: return try ModelsDevImporter.parse(bytes, context: context)
        case .litellm: return try LiteLLMImporter.parse(bytes, context: context)
        case .epoch: return try EpochImporter.parse(bytes, context: context)
        }
    }
}
