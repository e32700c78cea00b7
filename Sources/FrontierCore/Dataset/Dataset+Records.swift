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
}
