extension Dataset {
    /// What a file read after `base` must hold for the two, merged, to give this dataset: the
    /// records `base` does not hold as they are here, new ones and changed ones, in this
    /// dataset's order. A record of `base` that this dataset no longer holds cannot be taken
    /// away by a layer and stays.
    public func layered(over base: Dataset) -> Dataset {
        Dataset(schema: schema,
                title: title == base.title ? nil : title,
                description: description == base.description ? nil : description,
                sources: Self.changed(sources, from: base.sources),
                organizations: Self.changed(organizations, from: base.organizations),
                benchmarks: Self.changed(benchmarks, from: base.benchmarks),
                models: Self.changed(models, from: base.models),
                training: Self.changed(training, from: base.training),
                prices: Self.changed(prices, from: base.prices),
                news: Self.changed(news, from: base.news))
    }

    private static func changed<Records: RangeReplaceableCollection>(_ records: Records, from base: Records) -> Records
        where Records.Element: Identifiable & Equatable, Records.Element.ID == String {
        guard !base.isEmpty else { return records }
        let held = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return records.filter { held[$0.id] != $0 }
    }
}
