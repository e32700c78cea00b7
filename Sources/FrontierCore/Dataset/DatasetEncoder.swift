/// Writes a dataset in the file format the loader reads, as stable, diff-friendly JSON.
///
/// Keys follow the order of docs/dataset.md with `id` first; absent optionals, empty arrays and
/// fields equal to their documented default are left out, so a written file says only what the
/// data says. Decoding the output gives back an equal dataset.
public enum DatasetEncoder {
    /// The dataset as indented JSON text ending in a newline.
    public static func encode(_ dataset: Dataset, indent: Int = 2) -> String {
        JSONWriter.write(jsonValue(dataset), indent: indent)
    }

    /// The dataset as a JSON tree, for callers that write it their own way.
    public static func jsonValue(_ dataset: Dataset) -> JSONValue {
        var members = Members()
        members.add("schema", dataset.schema)
        members.add("title", dataset.title)
        members.add("description", dataset.description)
        members.add("sources", dataset.sources.map { jsonValue(.source($0)) })
        members.add("organizations", dataset.organizations.map { jsonValue(.organization($0)) })
        members.add("benchmarks", dataset.benchmarks.map { jsonValue(.benchmark($0)) })
        members.add("models", dataset.models.map { jsonValue(.model($0)) })
        members.add("training", dataset.training.map { jsonValue(.training($0)) })
        members.add("prices", dataset.prices.map { jsonValue(.price($0)) })
        members.add("news", dataset.news.map { jsonValue(.news($0)) })
        return members.value
    }

    /// One record as the object its dataset array holds (without a feed's `kind`).
    public static func jsonValue(_ record: DatasetRecord) -> JSONValue {
        var members = Members()
        members.add("id", record.id)
        switch record {
        case .source(let source):
            members.add("name", source.name)
            members.add("url", source.url)
            members.add("status", source.status?.rawValue)
        case .organization(let organization):
            members.add("name", organization.name)
            members.add("aliases", organization.aliases)
            members.add("country", organization.country)
            members.add("description", organization.description)
            members.add("url", organization.url)
            members.add(organization.provenance, organization.notes)
        case .benchmark(let benchmark):
            members.add("name", benchmark.name)
            if benchmark.short != benchmark.name { members.add("short", benchmark.short) }
            if benchmark.unit != "%" { members.add("unit", benchmark.unit) }
            if benchmark.min != 0 { members.add("min", benchmark.min) }
            if benchmark.max != 100 { members.add("max", benchmark.max) }
            if !benchmark.higherIsBetter { members.add("higherIsBetter", false) }
            members.add("description", benchmark.description)
        case .model(let model):
            members.add(model)
        case .training(let run):
            members.add(run)
        case .price(let price):
            members.add("model", price.model)
            members.add("apiId", price.apiId)
            members.add("provider", price.provider)
            members.add("input", price.input)
            members.add("cachedInput", price.cachedInput)
            members.add("output", price.output)
            members.add("asOf", price.asOf)
            members.add("until", price.until)
            members.add("tier", price.tier)
            members.add(price.provenance, price.notes)
        case .news(let item):
            members.add("date", item.date)
            if item.approximate { members.add("approximate", true) }
            members.add("headline", item.headline)
            members.add("summary", item.summary)
            members.add("source", item.source)
            members.add("url", item.url)
            members.add("orgs", item.orgs)
            members.add("models", item.models)
            members.add("tags", item.tags)
            members.add(item.provenance, item.notes)
        }
        return members.value
    }
}

/// Object members in the order added, skipping absent values.
private struct Members {
    private var pairs: [(String, JSONValue)] = []

    var value: JSONValue { .object(pairs) }

    mutating func add(_ key: String, _ value: JSONValue?) {
        if let value { pairs.append((key, value)) }
    }

    mutating func add(_ key: String, _ text: String?) { add(key, text.map(JSONValue.string)) }
    mutating func add(_ key: String, _ number: Double?) { add(key, number.map(JSONValue.number)) }
    mutating func add(_ key: String, _ integer: Int?) { add(key, integer.map { JSONValue.number(Double($0)) }) }
    mutating func add(_ key: String, _ flag: Bool?) { add(key, flag.map(JSONValue.bool)) }
    mutating func add(_ key: String, _ date: DayDate?) { add(key, date.map { JSONValue.string($0.description) }) }

    /// Arrays are left out when empty: an absent array reads back as an empty one.
    mutating func add(_ key: String, _ elements: [JSONValue]) {
        if !elements.isEmpty { add(key, JSONValue.array(elements)) }
    }

    mutating func add(_ key: String, _ texts: [String]) { add(key, texts.map(JSONValue.string)) }

    mutating func add(_ provenance: Provenance?, _ notes: [Note]) {
        add("provenance", provenance.map(Self.object))
        add("notes", notes.map { note in
            var members = Members()
            members.add("about", note.about)
            members.add("text", note.text)
            members.add("provenance", note.provenance.map(Self.object))
            return members.value
        })
    }

    mutating func add(_ model: Model) {
        add("name", model.name)
        add("org", model.org)
        add("released", model.released)
        add("aliases", model.aliases)
        add("parameters", model.parameters.map { parameters in
            var members = Members()
            members.add("total", parameters.total)
            members.add("active", parameters.active)
            members.add("provenance", parameters.provenance.map(Self.object))
            return members.value
        })
        add("context", model.context)
        add("license", model.license.map { license in
            var members = Members()
            members.add("name", license.name)
            members.add("spdx", license.spdx)
            members.add("openWeights", license.openWeights)
            members.add("commercial", license.commercial)
            members.add("url", license.url)
            return members.value
        })
        if model.reasoning { add("reasoning", true) }
        add("tags", model.tags)
        add("scores", model.scores.map { score in
            var members = Members()
            members.add("benchmark", score.benchmark)
            members.add("value", score.value)
            members.add("setting", score.setting)
            members.add("variant", score.variant)
            members.add("provenance", score.provenance.map(Self.object))
            return members.value
        })
        add("description", model.description)
        add(model.provenance, model.notes)
    }

    mutating func add(_ run: TrainingRun) {
        add("model", run.model)
        add("label", run.label)
        add("basis", run.basis.rawValue)
        add("org", run.org)
        add("gpuHours", run.gpuHours)
        add("gpuType", run.gpuType)
        add("gpuCount", run.gpuCount)
        add("tokens", run.tokens)
        add("flop", run.flop)
        add("costUSD", run.costUSD)
        add("costLow", run.costLow)
        add("costHigh", run.costHigh)
        add("method", run.method)
        add(run.provenance, run.notes)
    }

    private static func object(_ provenance: Provenance) -> JSONValue {
        var members = Members()
        members.add("ref", provenance.ref)
        members.add("source", provenance.source)
        members.add("url", provenance.url)
        members.add("asOf", provenance.asOf)
        members.add("retrieved", provenance.retrieved)
        members.add("reportedBy", provenance.reportedBy)
        members.add("status", provenance.status?.rawValue)
        members.add("note", provenance.note)
        return members.value
    }
}
