/// What the state derives from a dataset alone (its rows in each pane's order, its search
/// index), built ahead of time so a large reload costs the terminal thread almost nothing.
///
/// A background task builds it with the sorts and token mix the screen had when the reload
/// began; `AppState.replaceDataset` uses it only if the dataset and those settings still match,
/// and otherwise builds its own, so using it can never show anything different.
public struct DerivedData: Sendable {
    /// The sorts and token mix the rows were ordered and priced with.
    public struct Settings: Hashable, Sendable {
        public var sorts: [PaneID: SortSpec]
        public var mix: TokenMix
        /// The day prices are current at.
        public var today: DayDate?
    }

    public let dataset: Dataset
    public let settings: Settings
    let projection: Projection
    let searchIndex: SearchIndex
    /// The dataset on screen when the build began, and what changed from it.
    private let previous: Dataset?
    private let changes: DatasetChanges?

    /// - Parameters:
    ///   - previous: the dataset on screen, to find the changed rows ahead of time too.
    ///   - previousIndex: the search index on screen with the dataset it was built for: when
    ///     the new dataset only appends news to that one, the index is extended instead of
    ///     built again.
    ///   - previousNews: the news rows on screen, extended the same way.
    public init(dataset: Dataset, settings: Settings, previous: Dataset? = nil, previousIndex: BuiltSearchIndex? = nil,
                previousNews: NewsTimeline? = nil) {
        self.dataset = dataset
        self.settings = settings
        self.previous = previous
        if let previousIndex, previousIndex.today == settings.today,
           let extended = previousIndex.index.appending(newsOf: dataset, after: previousIndex.dataset) {
            searchIndex = extended
        } else {
            searchIndex = SearchIndex(dataset, today: settings.today)
        }
        // The index holds each news id's place in this dataset: the rows need not hash them again.
        projection = Projection(dataset: dataset, sorts: settings.sorts, mix: settings.mix, today: settings.today,
                                newsOffsets: searchIndex.newsOffsets, previousNews: previousNews)
        changes = previous.map { DatasetChanges(from: $0, to: dataset) }
    }

    /// The changes from `old` to `new`, if this was built for exactly those two datasets.
    func diff(from old: Dataset, to new: Dataset) -> DatasetChanges? {
        guard let changes, let previous, previous == old, dataset == new else { return nil }
        return changes
    }
}

/// Two are equal when built from the same datasets with the same settings: the build is a pure
/// function of those, so actions that carry derived data (`dataArrived`) compare as values.
extension DerivedData: Hashable {
    public static func == (lhs: DerivedData, rhs: DerivedData) -> Bool {
        lhs.settings == rhs.settings && lhs.dataset == rhs.dataset && lhs.previous == rhs.previous
    }

    /// Hashes the settings and sizes only: hashing whole datasets would cost what the
    /// background build was made to save, and equal values still hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(settings)
        hasher.combine(dataset.models.count)
        hasher.combine(dataset.news.count)
    }
}

extension AppState {
    /// The settings derived data must have been built with to be used as it is.
    public var derivationSettings: DerivedData.Settings {
        DerivedData.Settings(sorts: projection.sorts, mix: projection.mix, today: projection.index.today)
    }
}
