/// One record of any kind, as a dataset array or a feed line holds it.
public enum DatasetRecord: Hashable, Sendable {
    case source(Source)
    case organization(Organization)
    case benchmark(Benchmark)
    case model(Model)
    case training(TrainingRun)
    case price(Price)
    case news(NewsItem)

    public var kind: RecordKind {
        switch self {
        case .source: return .source
        case .organization: return .organization
        case .benchmark: return .benchmark
        case .model: return .model
        case .training: return .training
        case .price: return .price
        case .news: return .news
        }
    }

    /// The id that merging and references match on.
    public var id: String {
        switch self {
        case .source(let record): return record.id
        case .organization(let record): return record.id
        case .benchmark(let record): return record.id
        case .model(let record): return record.id
        case .training(let record): return record.id
        case .price(let record): return record.id
        case .news(let record): return record.id
        }
    }
}
