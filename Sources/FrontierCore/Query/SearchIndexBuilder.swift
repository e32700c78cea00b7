/// Turns a dataset into the tables and vocabularies of a `SearchIndex`.
///
/// What each pane's plain words search: models their name, aliases and organization name;
/// training rows their label or model name, organization, GPU type and method; price rows their
/// model name, organization, API id, provider and tier; news their headline, summary, source,
/// organization names and model names.
struct SearchIndexBuilder {
    let dataset: Dataset
    let index: DatasetIndex
    var organizations = SearchVocabulary()
    var models = SearchVocabulary()
    var sources = SearchVocabulary()
    var tags = SearchVocabulary()
    var licenses = SearchVocabulary()
    var benchmarks: [String: Int32] = [:]
    var modelRows = SearchTable()
    var costRows = SearchTable()
    var newsRows = SearchTable()
    /// Lowercased names by entry, computed once per organization and model rather than once per row.
    private var organizationText: [[UInt8]?] = []
    private var modelText: [[UInt8]?] = []
    /// The entries of lists of ids already seen, by field and the list's storage: news read
    /// from one file share their lists (`DatasetScanner`; one list may serve as organizations
    /// of one item and tags of another), and while the dataset holds a list its storage
    /// stands for its contents.
    private var organizationLists: [UnsafeRawPointer: [Int32]] = [:]
    private var modelLists: [UnsafeRawPointer: [Int32]] = [:]
    private var tagLists: [UnsafeRawPointer: [Int32]] = [:]
    /// Source entries by the name's `String` value bit for bit: news read from one file share
    /// their source strings, so most rows find theirs without lowercasing or hashing the text.
    private var sourceNames: [StringBits: Int32] = [:]

    private enum ListField { case organizations, models, tags }

    init(_ dataset: Dataset, today: DayDate?) {
        self.dataset = dataset
        index = DatasetIndex(dataset, today: today)
    }

    /// A builder that goes on from `built`, an index of the same records with fewer news.
    init(_ dataset: Dataset, today: DayDate?, continuing built: SearchIndex) {
        self.init(dataset, today: today)
        organizations = built.organizations
        models = built.models
        sources = built.sources
        tags = built.tags
        licenses = built.licenses
        benchmarks = built.benchmarks
        modelRows = built.tables[.models] ?? SearchTable()
        costRows = built.tables[.costs] ?? SearchTable()
        newsRows = built.tables[.news] ?? SearchTable()
    }

    /// Adds rows for the dataset's news from `start` on, after the rows already built.
    mutating func appendNews(from start: Int) {
        let news = dataset.news
        // Reserving copies tables still shared with the index appended to: only worth it for many.
        if news.count - start > start / 8 { newsRows.reserveCapacity(news.count) }
        news.withUnsafeBufferPointer { news in
            for offset in start..<news.count { addNews(at: news.baseAddress! + offset, recordsPosition: true) }
        }
        newsRows.text.finish()
    }

    mutating func build() {
        for organization in dataset.organizations { _ = organizationEntry(organization.id) }
        for model in dataset.models { _ = modelEntry(model.id) }
        for (offset, benchmark) in dataset.benchmarks.enumerated() where benchmarks[benchmark.id] == nil {
            benchmarks[benchmark.id] = Int32(offset)
        }
        for model in dataset.models { addModel(model) }
        for run in dataset.training { addTraining(run) }
        for price in dataset.prices { addPrice(price) }
        modelRows.text.finish()
        costRows.text.finish()
        // The news ids are hashed into their positions on another core while their rows are made.
        let news = dataset.news
        let (positions, _) = SideTask.run({ SearchTable.firstPositions(of: news) }, alongside: {
            newsRows.reserveCapacity(news.count)
            news.withUnsafeBufferPointer { news in
                for offset in news.indices { addNews(at: news.baseAddress! + offset, recordsPosition: false) }
            }
            newsRows.text.finish()
        })
        newsRows.setPositions(positions)
    }

    // MARK: - Rows

    private mutating func addModel(_ model: Model) {
        var record = SearchRow()
        let organization = organizationEntry(model.org)
        record.organizations = [organization]
        record.models = [modelEntry(model.id)]
        record.tags = model.tags.map { tags.entry($0.lowercased()) }
        record.sources = sourceEntries(model.provenance)
        if let license = model.license {
            record.licenses = [licenses.entry(license.name + "\u{0}" + (license.spdx ?? ""),
                                              names: [license.name] + (license.spdx.map { [$0] } ?? []))]
        }
        record.openWeights = model.license?.openWeights
        record.reasoning = model.reasoning
        record.setModel(model)
        record.set(day: model.released)
        record.set(.params, model.parameters?.total)
        record.set(.active, model.parameters?.active)
        record.set(.context, model.context.map(Double.init))
        if let price = index.currentPrice[model.id] {
            record.set(.priceInput, price.input)
            record.set(.priceOutput, price.output)
        }
        for score in model.scores {
            // The first score listed for a benchmark is the headline, as in the table.
            guard let benchmark = benchmarks[score.benchmark], !record.scores.contains(where: { $0.benchmark == benchmark })
            else { continue }
            record.scores.append(SearchRecord.HeadlineScore(benchmark: benchmark, value: score.value))
        }

        modelRows.text.append(model.name)
        for alias in model.aliases { modelRows.text.append(alias) }
        modelRows.text.append(lowercasedBytes: organizationText[Int(organization)] ?? [])
        modelRows.add(id: model.id, record)
    }

    private mutating func addTraining(_ run: TrainingRun) {
        var record = SearchRow()
        record.costKind = .training
        let organizationID = run.org ?? run.model.flatMap { index.models[$0]?.org }
        let organization = organizationID.map { organizationEntry($0) }
        record.organizations = organization.map { [$0] } ?? []
        let model = run.model.map { modelEntry($0) }
        record.models = model.map { [$0] } ?? []
        record.sources = sourceEntries(run.provenance)
        record.set(.cost, run.costUSD)
        record.set(.gpuHours, run.gpuHours)
        record.set(.flop, run.flop)
        if let model = run.model.flatMap({ index.models[$0] }) { record.setModel(model) }

        if let label = run.label { costRows.text.append(label) }
        if let model { costRows.text.append(lowercasedBytes: modelText[Int(model)] ?? []) }
        if let organization { costRows.text.append(lowercasedBytes: organizationText[Int(organization)] ?? []) }
        if let gpuType = run.gpuType { costRows.text.append(gpuType) }
        if let method = run.method { costRows.text.append(method) }
        costRows.add(id: CostsChart.trainingPrefix + run.id, record)
    }

    private mutating func addPrice(_ price: Price) {
        var record = SearchRow()
        record.costKind = .price
        let organization = index.models[price.model].map { organizationEntry($0.org) }
        record.organizations = organization.map { [$0] } ?? []
        let model = modelEntry(price.model)
        record.models = [model]
        if let model = index.models[price.model] { record.setModel(model) }
        record.sources = sourceEntries(price.provenance)
        record.set(day: price.asOf)
        record.set(.priceInput, price.input)
        record.set(.priceOutput, price.output)

        costRows.text.append(lowercasedBytes: modelText[Int(model)] ?? [])
        if let organization { costRows.text.append(lowercasedBytes: organizationText[Int(organization)] ?? []) }
        if let apiID = price.apiId { costRows.text.append(apiID) }
        if let provider = price.provider { costRows.text.append(provider) }
        if let tier = price.tier { costRows.text.append(tier) }
        costRows.add(id: CostsChart.pricePrefix + price.id, record)
    }

    /// The item is read in place, field by field: passed as a value, each item would be
    /// copied whole (a retain and release per field) on the way in.
    private mutating func addNews(at item: UnsafePointer<NewsItem>, recordsPosition: Bool) {
        let organizations = entries(of: item.pointee.orgs, .organizations) { $0.organizationEntry($1) }
        let models = entries(of: item.pointee.models, .models) { $0.modelEntry($1) }
        let tags = entries(of: item.pointee.tags, .tags) { $0.tags.entry($1.lowercased()) }
        let source = sourceEntry(named: item.pointee.source)
        let provenanceSource = sourceEntry(of: item.pointee.provenance)

        newsRows.text.append(item.pointee.headline)
        if let summary = item.pointee.summary { newsRows.text.append(summary) }
        newsRows.text.append(item.pointee.source)
        for organization in organizations { newsRows.text.append(lowercasedBytes: organizationText[Int(organization)] ?? []) }
        for model in models { newsRows.text.append(lowercasedBytes: modelText[Int(model)] ?? []) }
        newsRows.addNews(id: item.pointee.id, organizations: organizations, models: models, tags: tags,
                         sources: (source, provenanceSource), day: Int32(clamping: item.pointee.date.daysSinceEpoch),
                         recordsPosition: recordsPosition)
    }

    // MARK: - Entries

    /// The entries of a list of ids, each made by `entry`; looked up once per shared list.
    private mutating func entries(of ids: [String], _ field: ListField,
                                  _ entry: (inout SearchIndexBuilder, String) -> Int32) -> [Int32] {
        guard !ids.isEmpty else { return [] }
        let key = ids.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }
        let known = switch field {
        case .organizations: organizationLists[key]
        case .models: modelLists[key]
        case .tags: tagLists[key]
        }
        if let known { return known }
        var made: [Int32] = []
        for id in ids { made.append(entry(&self, id)) }
        switch field {
        case .organizations: organizationLists[key] = made
        case .models: modelLists[key] = made
        case .tags: tagLists[key] = made
        }
        return made
    }

    /// An organization matches `org:` by id, name or alias; a dangling id still matches by itself.
    private mutating func organizationEntry(_ id: String) -> Int32 {
        let organization = index.organizations[id]
        let entry = organizations.entry(id, names: [id] + (organization.map { [$0.name] + $0.aliases } ?? []))
        Self.setText(of: entry, in: &organizationText) { (organization?.name ?? id).lowercased() }
        return entry
    }

    private mutating func modelEntry(_ id: String) -> Int32 {
        let model = index.models[id]
        let entry = models.entry(id, names: [id] + (model.map { [$0.name] + $0.aliases } ?? []))
        Self.setText(of: entry, in: &modelText) { (model?.name ?? id).lowercased() }
        return entry
    }

    private mutating func sourceEntries(_ provenance: Provenance?) -> [Int32] {
        sourceEntry(of: provenance).map { [$0] } ?? []
    }

    /// The entry of the source a provenance names, if it names one.
    private mutating func sourceEntry(of provenance: Provenance?) -> Int32? {
        guard let provenance, let name = index.sourceName(provenance) else { return nil }
        return sourceEntry(named: name)
    }

    private mutating func sourceEntry(named name: String) -> Int32 {
        let bits = StringBits(name)
        if let known = sourceNames[bits] { return known }
        let entry = sources.entry(name.lowercased())
        sourceNames[bits] = entry
        return entry
    }

    /// Sets the lowercased text of a vocabulary entry the first time it is seen (entries are
    /// numbered from 0 as they are added).
    private static func setText(of entry: Int32, in texts: inout [[UInt8]?], _ text: () -> String) {
        let entry = Int(entry)
        // A builder going on from an index starts with its entries but none of their texts.
        while texts.count <= entry { texts.append(nil) }
        if texts[entry] == nil { texts[entry] = Array(text().utf8) }
    }
}

/// A `String` value's bits, as a dictionary key that is hashed as two integers: equal bits are
/// the same string (a shared buffer, or the same small inline string), though equal strings may
/// differ in bits. Valid only while the string it was made from is alive, so that its buffer is
/// not reused for another.
struct StringBits: Hashable {
    private let high: UInt64
    private let low: UInt64

    init(_ string: String) {
        (high, low) = unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
}
