/// What queries are evaluated against, built once per dataset: each pane's rows with their
/// lowercased text and their fields resolved (organization names, current prices, headline
/// scores, days).
///
/// Build it when the dataset changes, not per keystroke: a keystroke then costs parsing the
/// query and one pass over the rows. Filtering keeps the order it is given, so a list sorted by a
/// view-model stays sorted.
public struct SearchIndex: Sendable {
    let organizations: SearchVocabulary
    let models: SearchVocabulary
    let sources: SearchVocabulary
    let tags: SearchVocabulary
    let licenses: SearchVocabulary
    let benchmarks: [String: Int32]
    let tables: [PaneID: SearchTable]

    public init(_ dataset: Dataset) {
        var builder = SearchIndexBuilder(dataset)
        builder.build()
        organizations = builder.organizations
        models = builder.models
        sources = builder.sources
        tags = builder.tags
        licenses = builder.licenses
        benchmarks = builder.benchmarks
        tables = [.models: builder.modelRows, .costs: builder.costRows, .news: builder.newsRows]
    }

    /// The row ids of `pane` that the query matches, in the order given.
    ///
    /// Row ids are those the panes use: model ids, news ids, and `training:<id>` / `price:<id>`
    /// for costs (every training run and every price, current or not). Unknown ids are dropped.
    /// `mix` blends input and output prices for the `price` field.
    public func filter(_ query: Query, pane: PaneID, ids: [String], mix: TokenMix = .standard) -> [String] {
        filter(ids, by: query, pane: pane, mix: mix) { $0 }
    }

    /// The elements whose row the query matches, in the order given; `id` names an element's row.
    ///
    /// For filtering view-model rows directly (`ModelsTable.Row`, `NewsTimeline.Row`) without
    /// going through ids and back.
    public func filter<Element>(_ elements: [Element], by query: Query, pane: PaneID, mix: TokenMix = .standard,
                                id: (Element) -> String) -> [Element] {
        guard let table = tables[pane] else { return [] }
        guard let root = query.root else {
            return elements.filter { table.positions[id($0)] != nil }
        }
        // Searching the whole pane's text once beats one search per row unless few rows are asked about.
        let wholePane = elements.count * 16 >= table.count
        let matcher = QueryMatcher(root, index: self, table: table, mix: mix, searchWholePane: wholePane)
        return elements.filter { element in
            guard let position = table.positions[id(element)] else { return false }
            return matcher.matches(position)
        }
    }

    /// Whether the query matches one row; false for an unknown id.
    public func matches(_ query: Query, pane: PaneID, id: String, mix: TokenMix = .standard) -> Bool {
        guard let table = tables[pane], let position = table.positions[id] else { return false }
        guard let root = query.root else { return true }
        return QueryMatcher(root, index: self, table: table, mix: mix, searchWholePane: false).matches(position)
    }

    /// How many rows of `pane` the index holds.
    public func rowCount(_ pane: PaneID) -> Int {
        tables[pane]?.count ?? 0
    }
}
