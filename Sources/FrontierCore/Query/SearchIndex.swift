import Foundation

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
    /// The day its price fields are current at.
    let today: DayDate?

    /// - Parameter today: the day prices are current at, for the `price` fields (see `DatasetIndex`).
    public init(_ dataset: Dataset, today: DayDate? = nil) {
        var builder = SearchIndexBuilder(dataset, today: today)
        builder.build()
        self.init(builder, today: today)
    }

    private init(_ builder: SearchIndexBuilder, today: DayDate?) {
        organizations = builder.organizations
        models = builder.models
        sources = builder.sources
        tags = builder.tags
        licenses = builder.licenses
        benchmarks = builder.benchmarks
        tables = [.models: builder.modelRows, .costs: builder.costRows, .news: builder.newsRows]
        self.today = today
    }

    /// The index of `new`, made from this index of `old` by adding rows for the news `new`
    /// appends, when that is all that changed: every other record the same and the news of
    /// `old` first, unchanged. Nil otherwise, and the caller builds the index whole. A news
    /// row depends only on its item and on records that did not change, so the result is the
    /// index a whole build gives, at the cost of the new rows (and one copy of the tables).
    public func appending(newsOf new: Dataset, after old: Dataset) -> SearchIndex? {
        guard new.news.count > old.news.count, tables[.news]?.count == old.news.count,
              new.sources == old.sources, new.organizations == old.organizations, new.benchmarks == old.benchmarks,
              new.models == old.models, new.training == old.training, new.prices == old.prices,
              new.news.commonPrefixCount(with: old.news) == old.news.count
        else { return nil }
        var builder = SearchIndexBuilder(new, today: today, continuing: self)
        builder.appendNews(from: old.news.count)
        return SearchIndex(builder, today: today)
    }

    /// The row ids of `pane` that the query matches, in the order given.
    ///
    /// Row ids are those the panes use: model ids, news ids, and `training:<id>` / `price:<id>`
    /// for costs (every training run and every price, current or not). Unknown ids are dropped.
    /// `mix` blends input and output prices for the `price` field.
    public func filter(_ query: Query, pane: PaneID, ids: [String], mix: TokenMix = .standard) -> [String] {
        filter(query, in: order(of: ids, pane: pane), mix: mix).map { ids[$0] }
    }

    /// The elements whose row the query matches, in the order given; `id` names an element's row.
    ///
    /// For filtering view-model rows (`ModelsTable.Row`, `NewsTimeline.Row`) in one call. It looks
    /// every id up again; per keystroke over many rows, keep a `SearchOrder` instead.
    public func filter<Element>(_ elements: [Element], by query: Query, pane: PaneID, mix: TokenMix = .standard,
                                id: (Element) -> String) -> [Element] {
        filter(query, in: order(of: elements.map(id), pane: pane), mix: mix).map { elements[$0] }
    }

    /// Resolves ids of `pane` to rows once, for `filter(_:in:mix:)` on every keystroke.
    ///
    /// `likelyRows` may say where each id probably is (the news timeline knows each row's place
    /// in the dataset, which is the index's order): a guess that names the same id is taken
    /// without a lookup, which over 100k rows saves hashing every id. Any other id is looked up,
    /// so a wrong guess costs time, never a wrong row.
    public func order(of ids: [String], pane: PaneID, likelyRows: [Int]? = nil) -> SearchOrder {
        guard let table = tables[pane] else { return SearchOrder(pane: pane, positions: ids.map { _ in -1 }) }
        let positions = table.positions
        // With a repeated id the lookup gives its first row, which a guess may not be.
        guard let likelyRows, likelyRows.count == ids.count, positions.count == table.count else {
            return SearchOrder(pane: pane, positions: ids.map { positions[$0].map(Int32.init) ?? -1 })
        }
        let rows = table.ids.withUnsafeBufferPointer { tableIDs in
            ids.withUnsafeBufferPointer { wanted in
                (0..<wanted.count).map { offset -> Int32 in
                    let guess = likelyRows[offset]
                    if guess >= 0, guess < tableIDs.count, tableIDs[guess] == wanted[offset] { return Int32(guess) }
                    return positions[wanted[offset]].map(Int32.init) ?? -1
                }
            }
        }
        return SearchOrder(pane: pane, positions: rows)
    }

    /// The offsets, ascending, of the ids in `order` whose rows the query matches.
    ///
    /// Offsets rather than ids, so the caller can pick its own rows out of the array it built
    /// the order from, without another lookup.
    public func filter(_ query: Query, in order: SearchOrder, mix: TokenMix = .standard) -> [Int] {
        filter(query, in: order, mix: mix, parts: nil)
    }

    /// `filter`, with the number of parts a whole-pane search runs in at once forced (for tests;
    /// nil chooses by the pane's size).
    func filter(_ query: Query, in order: SearchOrder, mix: TokenMix, parts forced: Int?) -> [Int] {
        guard let table = tables[order.pane] else { return [] }
        let positions = order.positions
        guard let root = query.root else { return positions.indices.filter { positions[$0] >= 0 } }
        // Searching the whole pane's text once beats one search per row unless few rows are asked about.
        guard order.count * 16 >= table.count else {
            let matcher = QueryMatcher(root, index: self, table: table, mix: mix, searchWholePane: false)
            return positions.indices.filter { positions[$0] >= 0 && matcher.matches(Int(positions[$0])) }
        }
        // Every row in storage order (sequential memory), then picked in the caller's order.
        let matcher = QueryMatcher(root, index: self, table: table, mix: mix, searchWholePane: true, parts: forced)
        // A large pane is evaluated in parts on the processor's cores.
        let matched = RowParts.answers(rows: table.count, parts: forced ?? (table.count >= 200_000 ? RowParts.cores : 1)) { rows, answers in
            for position in rows { answers[position] = matcher.matches(position) }
        }
        return matched.withUnsafeBufferPointer { matched in
            positions.indices.filter { positions[$0] >= 0 && matched[Int(positions[$0])] }
        }
    }

    /// Whether the query matches one row; false for an unknown id.
    public func matches(_ query: Query, pane: PaneID, id: String, mix: TokenMix = .standard) -> Bool {
        guard let table = tables[pane], let position = table.positions[id] else { return false }
        guard let root = query.root else { return true }
        return QueryMatcher(root, index: self, table: table, mix: mix, searchWholePane: false).matches(position)
    }

    /// Each news id's place in the dataset the index was built for, when no id repeats (the
    /// index's news rows are the dataset's news, in order).
    var newsOffsets: [String: Int]? {
        guard let table = tables[.news], table.positions.count == table.count else { return nil }
        return table.positions
    }

    /// How many rows of `pane` the index holds.
    public func rowCount(_ pane: PaneID) -> Int {
        tables[pane]?.count ?? 0
    }
}
