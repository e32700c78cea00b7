/// Everything the dashboard shows, as one value.
public struct Dataset: Hashable, Sendable {
    /// The format version this build reads and writes.
    public static let currentSchema = 1

    public var schema: Int
    public var title: String?
    public var description: String?
    public var sources: [Source]
    public var organizations: [Organization]
    public var benchmarks: [Benchmark]
    public var models: [Model]
    public var training: [TrainingRun]
    public var prices: [Price]
    /// Copies share the items (see `GrowingArray`): news appended to a dataset on screen do not
    /// copy the items before them.
    public var news: GrowingArray<NewsItem>

    public init(schema: Int = Dataset.currentSchema, title: String? = nil, description: String? = nil,
                sources: [Source] = [], organizations: [Organization] = [], benchmarks: [Benchmark] = [],
                models: [Model] = [], training: [TrainingRun] = [], prices: [Price] = [], news: GrowingArray<NewsItem> = []) {
        self.schema = schema
        self.title = title
        self.description = description
        self.sources = sources
        self.organizations = organizations
        self.benchmarks = benchmarks
        self.models = models
        self.training = training
        self.prices = prices
        self.news = news
    }
}
