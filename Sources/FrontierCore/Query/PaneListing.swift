/// The rows a pane shows for a query and a sort, in three shapes for the command line: table
/// cells as the pane formats them, raw values for CSV, and complete JSON records.
///
/// Rows come from the same view-models as the panes (`ModelsTable`, `CostsChart`,
/// `NewsTimeline`) and are filtered by the same `SearchIndex`, so `frontier list` prints what
/// the dashboard shows.
public struct PaneListing: Sendable {
    /// Why a sort could not be used.
    public enum SortError: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownKey(String, valid: [String])
        /// The costs pane has one order: training by cost, then prices by blended price.
        case fixedOrder(PaneID)

        public var description: String {
            switch self {
            case let .unknownKey(key, valid):
                return "unknown sort key \"\(key)\" (keys: \(valid.joined(separator: ", ")))"
            case let .fixedOrder(pane):
                return "the \(pane.rawValue) rows have a fixed order (training by cost, then prices by blended price); use --reverse to flip it"
            }
        }
    }

    public let pane: PaneID
    /// Row ids in display order.
    public private(set) var ids: [String] = []
    /// The table's columns, widest set first; a narrow table drops the lowest priorities.
    public private(set) var columns: [ColumnSpec] = []
    public private(set) var cells: [[String]] = []
    /// CSV header names, one per raw value.
    public private(set) var fields: [String] = []
    /// Unformatted values (plain numbers, ISO dates, `true`/`false`), empty when missing.
    public private(set) var values: [[String]] = []
    /// Each row's record with every field it has, plus computed ones (names, headline scores, blended price).
    public private(set) var records: [JSONValue] = []

    /// - Parameter today: the day prices are current at (see `DatasetIndex`).
    public init(pane: PaneID, dataset: Dataset, query: Query, sortKey: String? = nil, reverse: Bool = false,
                mix: TokenMix = .standard, today: DayDate? = nil) throws(SortError) {
        self.pane = pane
        let index = DatasetIndex(dataset, today: today)
        let search = SearchIndex(dataset, today: today)
        switch pane {
        case .models:
            let sort = try Self.sort(sortKey, reverse: reverse, keys: ModelsTable.sortKeys(dataset),
                                     defaultSort: ModelsTable.defaultSort, dataset: dataset)
            let table = ModelsTable(dataset: dataset, index: index, sort: sort, mix: mix)
            let rows = search.filter(table.rows, by: query, pane: .models, mix: mix) { $0.id }
            columns = table.columns
            cells = rows.map(\.cells)
            addModels(rows.compactMap { index.models[$0.id] }, dataset: dataset, index: index, mix: mix)
        case .news:
            let sort = try Self.sort(sortKey, reverse: reverse, keys: NewsTimeline.sortKeys,
                                     defaultSort: NewsTimeline.defaultSort, dataset: dataset)
            let timeline = NewsTimeline(dataset: dataset, index: index, sort: sort)
            let rows = search.filter(Array(timeline.rows), by: query, pane: .news) { $0.id }
            columns = [
                ColumnSpec(id: "date", title: "Date", priority: 90, minWidth: 11),
                ColumnSpec(id: "headline", title: "Headline", priority: 100, minWidth: 24, flexible: true),
                ColumnSpec(id: "organizations", title: "Orgs", priority: 60, minWidth: 16),
                ColumnSpec(id: "source", title: "Source", priority: 70, minWidth: 18),
            ]
            cells = rows.map { [$0.date, $0.headline, $0.organizations, $0.source] }
            let items = Dictionary(dataset.news.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            addNews(rows.compactMap { items[$0.id] }, index: index)
        case .costs:
            if sortKey != nil { throw .fixedOrder(.costs) }
            let chart = CostsChart(dataset: dataset, index: index, mix: mix)
            var rowIDs = search.filter(query, pane: .costs, ids: chart.rowIDs, mix: mix)
            if reverse { rowIDs.reverse() }
            addCosts(rowIDs, chart: chart, dataset: dataset, index: index, mix: mix)
        }
    }

    /// The sort a `--sort` key names: a key of the pane, or a benchmark by id, short name or alias.
    /// Names, organizations, sources, headlines and prices sort ascending; dates, sizes and scores
    /// descending (newest, largest, best first). `reverse` flips either.
    static func sort(_ key: String?, reverse: Bool, keys: [String], defaultSort: SortSpec,
                     dataset: Dataset) throws(SortError) -> SortSpec {
        guard let key else { return SortSpec(key: defaultSort.key, descending: defaultSort.descending != reverse) }
        let lowered = key.lowercased()
        var resolved = keys.first { $0 == lowered }
        if resolved == nil, case let .benchmark(id)? = QueryField.resolve(lowered, benchmarks: dataset.benchmarks),
           keys.contains("score:" + id) {
            resolved = "score:" + id
        }
        guard let resolved else { throw .unknownKey(key, valid: keys) }
        let ascending = ["name", "org", "price", "source", "headline"].contains(resolved)
        return SortSpec(key: resolved, descending: ascending == reverse)
    }

    // MARK: - Models

    private mutating func addModels(_ models: [Model], dataset: Dataset, index: DatasetIndex, mix: TokenMix) {
        let scored = Set(dataset.models.flatMap { $0.scores.map(\.benchmark) })
        let benchmarks = dataset.benchmarks.filter { scored.contains($0.id) }
        fields = ["id", "name", "org", "organization", "released", "params", "active", "context", "license", "spdx",
                  "open_weights", "reasoning", "price_input", "price_output", "price_blended"] + benchmarks.map(\.id)
        for model in models {
            ids.append(model.id)
            let price = index.currentPrice[model.id]
            let blended = price.map { mix.blended($0) }
            let scores = benchmarks.map { benchmark in model.headlineScore(for: benchmark.id).map { ($0, benchmark.id) } }
            values.append([
                model.id, model.name, model.org, index.organizationName(model.org), model.released.description,
                Self.number(model.parameters?.total), Self.number(model.parameters?.active),
                Self.number(model.context.map(Double.init)), model.license?.name ?? "", model.license?.spdx ?? "",
                model.license.map { String($0.openWeights) } ?? "", String(model.reasoning),
                Self.number(price?.input), Self.number(price?.output), Self.number(blended),
            ] + scores.map { Self.number($0?.0.value) })

            var extra: [(String, JSONValue)] = [("organizationName", .string(index.organizationName(model.org)))]
            let headline = scores.compactMap { $0 }.map { ($0.1, JSONValue.number($0.0.value)) }
            if !headline.isEmpty { extra.append(("headlineScores", .object(headline))) }
            if let price, let blended {
                extra.append(("currentPrice", .object([
                    ("id", .string(price.id)), ("input", .number(price.input)), ("output", .number(price.output)),
                    ("asOf", .string(price.asOf.description)), ("blended", .number(blended)),
                    ("tokenMix", .string(mix.description)),
                ])))
            }
            records.append(Self.record(.model(model), adding: extra))
        }
    }

    // MARK: - Costs

    private mutating func addCosts(_ rowIDs: [String], chart: CostsChart, dataset: Dataset, index: DatasetIndex,
                                   mix: TokenMix) {
        columns = [
            ColumnSpec(id: "kind", title: "Kind", priority: 90, minWidth: 8),
            ColumnSpec(id: "name", title: "Name", priority: 100, minWidth: 18, flexible: true),
            ColumnSpec(id: "org", title: "Org", priority: 70, minWidth: 12),
            ColumnSpec(id: "cost", title: "Cost", alignment: .right, priority: 85, minWidth: 8),
            ColumnSpec(id: "basis", title: "Basis", priority: 40, minWidth: 5),
            ColumnSpec(id: "input", title: "$ in/1M", alignment: .right, priority: 80, minWidth: 8),
            ColumnSpec(id: "output", title: "$ out/1M", alignment: .right, priority: 80, minWidth: 8),
            ColumnSpec(id: "asOf", title: "As of", alignment: .right, priority: 50, minWidth: 10),
        ]
        fields = ["kind", "id", "name", "model", "organization", "cost_usd", "basis", "gpu_hours", "flop", "price_input",
                  "price_output", "price_blended", "as_of"]
        let training = Dictionary(chart.training.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let prices = Dictionary(chart.prices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let runs = Dictionary(dataset.training.map { (CostsChart.trainingPrefix + $0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let priceRecords = Dictionary(dataset.prices.map { (CostsChart.pricePrefix + $0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in rowIDs {
            if let bar = training[id], let run = runs[id] {
                let organization = bar.organization.map(index.organizationName) ?? ""
                ids.append(id)
                cells.append(["training", bar.label, organization, bar.costText, bar.basisMark, Format.missing,
                              Format.missing, Format.missing])
                values.append(["training", run.id, bar.label, run.model ?? "", organization, Self.number(run.costUSD),
                               run.basis.rawValue, Self.number(run.gpuHours), Self.number(run.flop), "", "", "", ""])
                records.append(Self.record(.training(run), adding: [
                    ("kind", .string("training")), ("rowId", .string(id)), ("displayName", .string(bar.label)),
                    ("organizationName", bar.organization.map { .string(index.organizationName($0)) } ?? .null),
                ]))
            } else if let bar = prices[id], let price = priceRecords[id] {
                let organization = bar.organization.map(index.organizationName) ?? ""
                let blended = mix.blended(price)
                ids.append(id)
                cells.append(["price", bar.label, organization, Format.missing, "", bar.inputText, bar.outputText,
                              bar.asOf.description])
                values.append(["price", price.id, bar.label, price.model, organization, "", "", "", "",
                               Self.number(price.input), Self.number(price.output), Self.number(blended),
                               price.asOf.description])
                records.append(Self.record(.price(price), adding: [
                    ("kind", .string("price")), ("rowId", .string(id)), ("modelName", .string(bar.label)),
                    ("organizationName", bar.organization.map { .string(index.organizationName($0)) } ?? .null),
                    ("blended", .number(blended)), ("tokenMix", .string(mix.description)),
                    ("currentOn", index.today.map { .string($0.description) } ?? .null),
                    ("change", bar.change.map { change in
                        .object([("since", .string(change.since.description)), ("cut", .bool(change.isCut)),
                                 ("previousPriceId", .string(change.previous.id)),
                                 ("previousInput", .number(change.previous.input)), ("previousOutput", .number(change.previous.output))])
                    } ?? .null),
                ]))
            }
        }
    }

    // MARK: - News

    private mutating func addNews(_ items: [NewsItem], index: DatasetIndex) {
        fields = ["id", "date", "approximate", "headline", "source", "organizations", "models", "tags", "url", "summary"]
        for item in items {
            ids.append(item.id)
            values.append([
                item.id, item.date.description, String(item.approximate), item.headline, item.source,
                item.orgs.map(index.organizationName).joined(separator: "; "),
                item.models.map(index.modelName).joined(separator: "; "), item.tags.joined(separator: "; "),
                item.url ?? "", item.summary ?? "",
            ])
            records.append(Self.record(.news(item), adding: [
                ("organizationNames", .array(item.orgs.map { .string(index.organizationName($0)) })),
                ("modelNames", .array(item.models.map { .string(index.modelName($0)) })),
            ]))
        }
    }

    // MARK: - Helpers

    /// The record as the dataset file writes it, with computed members after its own.
    private static func record(_ record: DatasetRecord, adding extra: [(String, JSONValue)]) -> JSONValue {
        var object = DatasetEncoder.jsonValue(record).objectValue ?? JSONObject()
        for (key, value) in extra where !value.isNull { object.members.append(JSONObject.Member(key: key, value: value)) }
        return JSONValue(.object(object))
    }

    /// A number as JSON writes it (`671000000000`, `0.27`), or empty when missing.
    private static func number(_ value: Double?) -> String {
        value.map(JSONNumber.text) ?? ""
    }
}
