/// The kinds of record a dataset holds; a feed line names one in its `kind` field.
public enum RecordKind: String, Hashable, Sendable, CaseIterable {
    case source
    case organization
    case benchmark
    case model
    case training
    case price
    case news

    /// The top-level array of a dataset file that holds records of this kind.
    public var datasetKey: String {
        switch self {
        case .source: return "sources"
        case .organization: return "organizations"
        case .benchmark: return "benchmarks"
        case .model: return "models"
        case .training: return "training"
        case .price: return "prices"
        case .news: return "news"
        }
    }

    /// The kind's place in `allCases`, for tables with one entry per kind.
    var ordinal: Int {
        switch self {
        case .source: return 0
        case .organization: return 1
        case .benchmark: return 2
        case .model: return 3
        case .training: return 4
        case .price: return 5
        case .news: return 6
        }
    }
}
