/// A search index built away from the terminal's thread for one dataset, as the runtime hands
/// it back after `Effect.buildSearchIndex`.
///
/// Two are equal when built for the same dataset and day: the index is a pure function of
/// them, so the action that carries one compares as a value.
public struct BuiltSearchIndex: Hashable, Sendable {
    public let dataset: Dataset
    /// The day its prices are current at.
    public let today: DayDate?
    let index: SearchIndex

    /// Builds the index of `dataset`; the slow part, meant for a background task.
    public init(_ dataset: Dataset, today: DayDate? = nil) {
        self.dataset = dataset
        self.today = today
        index = SearchIndex(dataset, today: today)
    }

    /// An index already built for `dataset`.
    init(_ dataset: Dataset, today: DayDate?, index: SearchIndex) {
        self.dataset = dataset
        self.today = today
        self.index = index
    }

    public static func == (lhs: BuiltSearchIndex, rhs: BuiltSearchIndex) -> Bool {
        lhs.today == rhs.today && lhs.dataset == rhs.dataset
    }

    /// Sizes only: hashing a whole dataset would cost what building in the background saved.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(dataset.models.count)
        hasher.combine(dataset.news.count)
    }
}
