/// The fields of each record kind, read as docs/dataset.md lists them.
///
/// Each reader returns nil when a required field is missing; other problems are reported and
/// the caller drops the record when anything was reported, so no half-valid record survives.
extension FieldReader {
    package func record(of kind: RecordKind) -> DatasetRecord? {
        switch kind {
        case .source: return source().map(DatasetRecord.source)
        case .organization: return organization().map(DatasetRecord.organization)
        case .benchmark: return benchmark().map(DatasetRecord.benchmark)
        case .model: return model().map(DatasetRecord.model)
        case .training: return trainingRun().map(DatasetRecord.training)
        case .price: return price().map(DatasetRecord.price)
        case .news: return newsItem().map(DatasetRecord.news)
        }
    }

    package func source() -> Source? {
        let id = identifier()
        let name = text("name", required: true)
        let url = string("url")
        let status: Provenance.Status? = choice("status")
        guard let id, let name else { return nil }
        return Source(id: id, name: name, url: url, status: status)
    }

    package func organization() -> Organization? {
        let id = identifier()
        let name = text("name", required: true)
        let aliases = strings("aliases")
        let country = string("country")
        let description = string("description")
        let url = string("url")
        let provenance = self.provenance()
        let notes = self.notes()
        guard let id, let name else { return nil }
        return Organization(id: id, name: name, aliases: aliases, country: country, description: description,
                            url: url, provenance: provenance, notes: notes)
    }

    package func benchmark() -> Benchmark? {
        let id = identifier()
        let name = text("name", required: true)
        let short = text("short")
        let unit = text("unit")
        let minimum = number("min", .magnitude("benchmark bound", atMost: ValueCeiling.benchmarkBound))
        let maximum = number("max", .magnitude("benchmark bound", atMost: ValueCeiling.benchmarkBound))
        let higherIsBetter = bool("higherIsBetter")
        let description = string("description")
        let lowest = minimum ?? 0, highest = maximum ?? 100
        if lowest >= highest {
            report(maximum != nil ? "max" : "min",
                   "max (\(JSONNumber.text(highest))) must be above min (\(JSONNumber.text(lowest)))")
        }
        guard let id, let name else { return nil }
        return Benchmark(id: id, name: name, short: short, unit: unit ?? "%", min: lowest, max: highest,
                         higherIsBetter: higherIsBetter ?? true, description: description)
    }

    package func model() -> Model? {
        let id = identifier()
        let name = text("name", required: true)
        let org = reference("org", to: .organization, required: true)
        let aliases = strings("aliases")
        let released = date("released", required: true)
        let parameters = object("parameters")?.parameters()
        let context = integer("context", .positive("context", atMost: ValueCeiling.context))
        let license = object("license")?.license()
        let reasoning = bool("reasoning")
        let tags = strings("tags")
        let scores = objects("scores").compactMap { $0.score() }
        let description = string("description")
        let provenance = self.provenance()
        let notes = self.notes()
        guard let id, let name, let org, let released else { return nil }
        return Model(id: id, name: name, org: org, aliases: aliases, released: released, parameters: parameters,
                     context: context, license: license, reasoning: reasoning ?? false, tags: tags, scores: scores,
                     description: description, provenance: provenance, notes: notes)
    }

    package func trainingRun() -> TrainingRun? {
        let id = identifier()
        let basis: TrainingRun.Basis? = choice("basis", required: true)
        let model = reference("model", to: .model)
        let label = text("label")
        if value("model") == nil && value("label") == nil { reportMissing("\"model\" or \"label\"") }
        let cost = number("costUSD", .nonNegative("cost", atMost: ValueCeiling.trainingCost))
        let low = number("costLow", .nonNegative("cost", atMost: ValueCeiling.trainingCost))
        let high = number("costHigh", .nonNegative("cost", atMost: ValueCeiling.trainingCost))
        if let low, let cost, low > cost {
            report("costLow", "costLow (\(JSONNumber.text(low))) must not exceed costUSD (\(JSONNumber.text(cost)))")
        }
        if let cost, let high, cost > high {
            report("costUSD", "costUSD (\(JSONNumber.text(cost))) must not exceed costHigh (\(JSONNumber.text(high)))")
        }
        if cost == nil, let low, let high, low > high {
            report("costLow", "costLow (\(JSONNumber.text(low))) must not exceed costHigh (\(JSONNumber.text(high)))")
        }
        let org = reference("org", to: .organization)
        let gpuHours = number("gpuHours", .nonNegative("GPU-hours", atMost: ValueCeiling.gpuHours))
        let gpuType = string("gpuType")
        let gpuCount = integer("gpuCount", .positive("GPU count", atMost: ValueCeiling.gpuCount))
        let tokens = number("tokens", .nonNegative("token count", atMost: ValueCeiling.trainingTokens))
        let flop = number("flop", .nonNegative("FLOP", atMost: ValueCeiling.flop))
        let method = string("method")
        let provenance = self.provenance()
        let notes = self.notes()
        guard let id, let basis else { return nil }
        return TrainingRun(id: id, model: model, label: label, org: org, gpuHours: gpuHours, gpuType: gpuType,
                           gpuCount: gpuCount, tokens: tokens, flop: flop, costUSD: cost, costLow: low, costHigh: high,
                           basis: basis, method: method, provenance: provenance, notes: notes)
    }

    package func price() -> Price? {
        let id = identifier()
        let model = reference("model", to: .model, required: true)
        let input = number("input", required: true, .nonNegative("price", atMost: ValueCeiling.price))
        let output = number("output", required: true, .nonNegative("price", atMost: ValueCeiling.price))
        let asOf = date("asOf", required: true)
        let until = date("until")
        if let asOf, let until, until < asOf {
            report("until", "until \(until) is before asOf \(asOf)")
        }
        let apiId = string("apiId")
        let provider = string("provider")
        let cachedInput = number("cachedInput", .nonNegative("price", atMost: ValueCeiling.price))
        let tier = string("tier")
        let provenance = self.provenance()
        let notes = self.notes()
        guard let id, let model, let input, let output, let asOf else { return nil }
        return Price(id: id, model: model, apiId: apiId, provider: provider, input: input, cachedInput: cachedInput,
                     output: output, asOf: asOf, until: until, tier: tier, provenance: provenance, notes: notes)
    }

    package func newsItem() -> NewsItem? {
        let id = identifier()
        let date = self.date("date", required: true)
        let headline = text("headline", required: true)
        let source = text("source", required: true)
        let approximate = bool("approximate")
        let summary = string("summary")
        let orgs = references("orgs", to: .organization)
        let models = references("models", to: .model)
        let url = string("url")
        let tags = strings("tags")
        let provenance = self.provenance()
        let notes = self.notes()
        guard let id, let date, let headline, let source else { return nil }
        return NewsItem(id: id, date: date, approximate: approximate ?? false, headline: headline, summary: summary,
                        orgs: orgs, models: models, source: source, url: url, tags: tags, provenance: provenance,
                        notes: notes)
    }

    // MARK: Nested objects

    /// The `provenance` object of this object, if it has one.
    package func provenance() -> Provenance? {
        guard let fields = object("provenance") else { return nil }
        let ref = fields.reference("ref", to: .source)
        let source = fields.text("source")
        if fields.value("ref") == nil && fields.value("source") == nil {
            fields.reportMissing("\"ref\" or \"source\"")
        }
        return Provenance(
            ref: ref, source: source, url: fields.string("url"), asOf: fields.date("asOf"),
            retrieved: fields.date("retrieved"), reportedBy: fields.reference("reportedBy", to: .organization),
            status: fields.choice("status"), note: fields.string("note"))
    }

    /// The `notes` array of this object; empty when absent.
    package func notes() -> [Note] {
        objects("notes").compactMap { fields in
            let about = fields.string("about")
            let text = fields.text("text", required: true)
            let provenance = fields.provenance()
            return text.map { Note(about: about, text: $0, provenance: provenance) }
        }
    }

    package func parameters() -> Parameters {
        let total = number("total", .positive("parameter count", atMost: ValueCeiling.parameters))
        let active = number("active", .positive("parameter count", atMost: ValueCeiling.parameters))
        if let total, let active, active > total {
            report("active", "active parameters (\(JSONNumber.text(active))) must not exceed total (\(JSONNumber.text(total)))")
        }
        return Parameters(total: total, active: active, provenance: provenance())
    }

    package func license() -> License? {
        let name = text("name", required: true)
        let openWeights = bool("openWeights", required: true)
        let spdx = string("spdx")
        let commercial = bool("commercial")
        let url = string("url")
        guard let name, let openWeights else { return nil }
        return License(name: name, spdx: spdx, openWeights: openWeights, commercial: commercial, url: url)
    }

    package func score() -> Score? {
        let benchmark = reference("benchmark", to: .benchmark, required: true)
        let value = number("value", required: true)
        if let benchmark, let value {
            context.checks.append(.scoreRange(benchmark: benchmark, value: value, path: FieldPath(path, key: "value"),
                                              position: position(of: "value")))
        }
        let setting = string("setting")
        let variant = string("variant")
        let provenance = self.provenance()
        guard let benchmark, let value else { return nil }
        return Score(benchmark: benchmark, value: value, setting: setting, variant: variant, provenance: provenance)
    }
}
