/// Which source's figure a price row keeps when two sources price the same model at the same
/// provider: the provider's own listing first, then the aggregators, in a fixed order.
///
/// OpenRouter's API is OpenRouter's own price list; models.dev and LiteLLM copy prices from
/// providers' pages. models.dev ranks above LiteLLM: it lists each provider separately with
/// its own entry, where LiteLLM keys prices by route (regions, commitments, API flavours) for
/// a proxy's cost accounting. Sources are known by the name their importer credits by default
/// (`ImportKind.defaultSourceName`); an import given another name ranks below all of them.
/// Rows from no importer (the curated dataset) have no rank: a listing may close one with a
/// later price, as a price change, but never rewrites it.
enum PricePrecedence {
    /// Lower is stronger; nil for a source no importer credits by default.
    static func rank(source: String?, provider: String?) -> Int? {
        switch source {
        case "OpenRouter": return provider == "OpenRouter" ? 1 : 4
        case "models.dev": return 2
        case "LiteLLM": return 3
        default: return nil
        }
    }

    /// The rank of an import credited to `source`: below every known source when unknown.
    static func importRank(source: String?, provider: String?) -> Int {
        rank(source: source, provider: provider) ?? 5
    }
}
