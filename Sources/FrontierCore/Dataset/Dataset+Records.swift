extension Dataset {
    /// Appends `record` to the array of its kind.
    mutating func append(_ record: DatasetRecord) {
        switch record {
        case .source(let source): sources.append(source)
        case .organization(let organization): organizations.append(organization)
        case .benchmark(let benchmark): benchmarks.append(benchmark)
        case .model(let model): models.append(model)
        case .training(let run): training.append(run)
        case .price(let price): prices.append(price)
        case .news(let item): news.append(item)
        }
    }

    /// Every record, kind by kind in the order of the dataset's arrays.
    var records: [DatasetRecord] {
        sources.map(DatasetRecord.source) + organizations.map(DatasetRecord.organization)
            + benchmarks.map(DatasetRecord.benchmark) + models.map(DatasetRecord.model)
            + training.map(DatasetRecord.training) + prices.map(DatasetRecord.price) + news.map(DatasetRecord.news)
    }
}
