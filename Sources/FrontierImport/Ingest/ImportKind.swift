import FrontierCore

/// The formats `frontier import` and `frontier ingest` read, as named on the command line and
/// in `sources.json`.
///
/// One list for both commands, so a kind that `import` accepts is never refused by `ingest`
/// and the usage message can name every kind.
public enum ImportKind: String, CaseIterable, Hashable, Sendable {
    /// RSS 2.0 or RSS 1.0 (RDF); the feed parser also reads Atom, so a mislabelled feed still loads.
    case rss
    /// Atom 1.0; read by the same parser as `rss`.
    case atom
    /// OpenRouter's `/api/v1/models` JSON.
    case openrouter
    /// models.dev's `api.json`.
    case modelsdev
    /// LiteLLM's `model_prices_and_context_window.json`.
    case litellm
    /// Epoch AI's notable-models CSV.
    case epoch

    /// The source name figures are credited to when the user gives none; nil for feeds, which
    /// are credited to their own title.
    public var defaultSourceName: String? {
        switch self {
        case .rss, .atom: return nil
        case .openrouter: return "OpenRouter"
        case .modelsdev: return "models.dev"
        case .litellm: return "LiteLLM"
        case .epoch: return "Epoch AI"
        }
    }

    /// Every kind, comma-separated, for usage messages.
    public static var names: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
