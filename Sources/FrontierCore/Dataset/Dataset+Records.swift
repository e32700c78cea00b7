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

    /// Puts `record` in place of the record at `index` of the array of its kind.
    mutating func replace(at index: Int, with record: DatasetRecord) {
        switch record {
        case .source(let source): sources[index] = source
        case .organization(let organization): organizations[index] = organization
        case .benchmark(let benchmark): benchmarks[index] = benchmark
        case .model(let model): models[index] = model
        case .training(let run): training[index] = run
        case .price(let price): prices[index] = price
        case .news(let item): news[index] = item
        }
    }
}
