/// The text of a detail view: a model card, a cost row or a news item, as labelled lines.
public struct DetailContent: Hashable, Sendable {
    public enum Line: Hashable, Sendable {
        case heading(String)
        /// A label and its value; the view aligns labels in a column and wraps values.
        case field(String, String)
        /// Running text, wrapped by the view.
        case text(String)
        case blank
    }

    public var title: String
    public var lines: [Line]

    public init(title: String, lines: [Line]) {
        self.title = title
        self.lines = lines
    }

    /// The detail for a row id of a pane, or nil when the id no longer exists.
    public static func make(pane: PaneID, id: String, dataset: Dataset, projection: Projection) -> DetailContent? {
        let index = projection.index
        switch pane {
        case .models:
            return index.models[id].map { modelCard($0, dataset: dataset, index: index, mix: projection.mix) }
        case .costs:
            if id.hasPrefix(CostsChart.trainingPrefix) {
                let runID = String(id.dropFirst(CostsChart.trainingPrefix.count))
                return dataset.training.first { $0.id == runID }.map { trainingDetail($0, index: index) }
            }
            let priceID = String(id.dropFirst(CostsChart.pricePrefix.count))
            return dataset.prices.first { $0.id == priceID }.map { priceDetail($0, dataset: dataset, index: index, mix: projection.mix) }
        case .news:
            return dataset.news.first { $0.id == id }.map { newsDetail($0, index: index) }
        }
    }

    // MARK: - Model card

    static func modelCard(_ model: Model, dataset: Dataset, index: DatasetIndex, mix: TokenMix) -> DetailContent {
        var lines: [Line] = [
            .field("Organization", index.organizationName(model.org)),
            .field("Released", model.released.description + (model.releasedIsFirstSeen ? " (first seen in a listing, not a release date)" : "")),
            .field("Parameters", parametersText(model.parameters)),
            .field("Context", model.context.map { Format.tokens($0) + " tokens" } ?? Format.missing),
            .field("Licence", licenseText(model.license)),
            .field("Reasoning", model.reasoning ? "yes" : "no"),
        ]
        if let kind = model.kind { lines.append(.field("Kind", kind + ": not a text-generation model")) }
        if !model.aliases.isEmpty { lines.append(.field("Also known as", model.aliases.joined(separator: ", "))) }
        if let description = model.description { lines.append(.text(description)) }
        if let provenance = model.provenance { lines.append(.field("Source", provenanceText(provenance, index: index))) }

        lines += [.blank, .heading("Benchmark scores (first per benchmark is the one tables show)")]
        if model.scores.isEmpty { lines.append(.text("No scores in this dataset.")) }
        for score in model.scores {
            let benchmark = index.benchmarks[score.benchmark]
            var value = Format.score(score.value, unit: benchmark?.unit ?? "%")
            if let unit = benchmark?.unit, unit != "%", score.setting?.contains(unit) != true { value += " " + unit }
            var parts = [value]
            if let setting = score.setting { parts.append(setting) }
            if let variant = score.variant { parts.append("variant " + variant) }
            if let provenance = score.provenance {
                parts.append(reporterText(provenance, owner: model.org, index: index))
                parts.append(provenanceText(provenance, index: index, withStatus: false))
                if let note = provenance.note { parts.append(note) }
            }
            lines.append(.field(benchmark?.name ?? score.benchmark, parts.joined(separator: " · ")))
        }

        let prices = dataset.prices.filter { $0.model == model.id }
        if !prices.isEmpty {
            let current = currentPrices(prices, mix: mix, today: index.today)
            let developer = index.organizationName(model.org)
            if !current.isEmpty {
                lines += [.blank, .heading("API prices by provider, cheapest first (USD per 1M tokens, blended \(mix))")]
                for price in current {
                    lines.append(.field(price.provider ?? developer + " (own API)",
                                        Format.price(mix.blended(price)) + " blended · " + priceSummary(price, mix: mix)
                                            + " · as of " + price.asOf.description
                                            + (price.provenance.map { " · " + provenanceText($0, index: index) } ?? "")))
                }
            }
            appendPriceHistory(prices, developer: developer, current: Set(current.map(\.id)), to: &lines, index: index, mix: mix)
        }
        let runs = dataset.training.filter { $0.model == model.id }
        if !runs.isEmpty {
            lines += [.blank, .heading("Training")]
            for run in runs { lines.append(.text(trainingSummary(run))) }
        }
        var notes = model.notes
        if let note = model.parameters?.provenance?.note { notes.append(Note(about: "parameters", text: note)) }
        appendNotes(notes, to: &lines, index: index)
        let mentions = dataset.news.filter { $0.models.contains(model.id) }.sorted { $0.date > $1.date }
        if !mentions.isEmpty {
            lines += [.blank, .heading("In the news")]
            for item in mentions.prefix(8) {
                lines.append(.field(Format.date(item.date, approximate: item.approximate), item.headline))
            }
        }
        return DetailContent(title: model.name, lines: lines)
    }

    // MARK: - Costs

    static func trainingDetail(_ run: TrainingRun, index: DatasetIndex) -> DetailContent {
        var lines: [Line] = []
        if let model = run.model { lines.append(.field("Model", index.modelName(model))) }
        if let org = run.org ?? run.model.flatMap({ index.models[$0]?.org }) {
            lines.append(.field("Organization", index.organizationName(org)))
        }
        lines.append(.field("Cost", costText(run)))
        lines.append(.field("Basis", basisText(run.basis)))
        if let hours = run.gpuHours { lines.append(.field("GPU-hours", Format.count(hours))) }
        if run.gpuType != nil || run.gpuCount != nil {
            lines.append(.field("Hardware", [run.gpuCount.map { "\($0) ×" }, run.gpuType].compactMap { $0 }.joined(separator: " ")))
        }
        if let tokens = run.tokens { lines.append(.field("Training tokens", Format.count(tokens))) }
        if let flop = run.flop { lines.append(.field("Training compute", Format.flop(flop) + " FLOP")) }
        if let method = run.method { lines += [.blank, .heading("Method"), .text(method)] }
        if let provenance = run.provenance {
            lines += [.blank, .heading("Source")]
            appendProvenance(provenance, to: &lines, index: index)
        }
        appendNotes(run.notes, to: &lines, index: index)
        let title = "Training · " + (run.model.map(index.modelName) ?? run.label ?? run.id)
        return DetailContent(title: title, lines: lines)
    }

    static func priceDetail(_ price: Price, dataset: Dataset, index: DatasetIndex, mix: TokenMix) -> DetailContent {
        var lines: [Line] = [.field("Model", index.modelName(price.model))]
        if let api = price.apiId { lines.append(.field("API id", api)) }
        if let provider = price.provider { lines.append(.field("Served by", provider)) }
        lines.append(.field("Input", Format.price(price.input) + " per 1M tokens"))
        if let cached = price.cachedInput { lines.append(.field("Cached input", Format.price(cached) + " per 1M tokens")) }
        lines.append(.field("Output", Format.price(price.output) + " per 1M tokens"))
        lines.append(.field("Blended", Format.price(mix.blended(price)) + " at \(mix) input:output"))
        if let tier = price.tier { lines.append(.field("Tier", tier)) }
        lines.append(.field("As of", price.asOf.description + (price.until.map { " until " + $0.description } ?? "")))
        let history = dataset.prices.filter { $0.model == price.model && $0.id != price.id }.sorted { $0.asOf > $1.asOf }
        if !history.isEmpty {
            lines += [.blank, .heading("Other prices for this model")]
            for other in history { lines.append(.field(other.asOf.description, priceSummary(other, mix: mix))) }
        }
        if let provenance = price.provenance {
            lines += [.blank, .heading("Source")]
            appendProvenance(provenance, to: &lines, index: index)
        }
        appendNotes(price.notes, to: &lines, index: index)
        return DetailContent(title: "API price · " + index.modelName(price.model), lines: lines)
    }

    // MARK: - News

    static func newsDetail(_ item: NewsItem, index: DatasetIndex) -> DetailContent {
        var lines: [Line] = [
            .text(item.headline),
            .blank,
            .field("Date", Format.date(item.date, approximate: item.approximate) + (item.approximate ? " (approximate)" : "")),
        ]
        // One line per feed that carried the item; its words are the first one's.
        let sources = item.carriers
        if sources.count > 1 {
            lines.append(.field("Sources", sources[0] + " (its words)"))
            for other in sources.dropFirst() { lines.append(.field("", other)) }
        } else {
            lines.append(.field("Source", item.source))
        }
        if let url = item.url { lines.append(.field("URL", url)) }
        if !item.orgs.isEmpty { lines.append(.field("Organizations", item.orgs.map(index.organizationName).joined(separator: ", "))) }
        if !item.models.isEmpty { lines.append(.field("Models", item.models.map(index.modelName).joined(separator: ", "))) }
        if !item.tags.isEmpty { lines.append(.field("Tags", item.tags.joined(separator: ", "))) }
        if let summary = item.summary { lines += [.blank, .text(summary)] }
        if let provenance = item.provenance {
            lines += [.blank, .heading("Provenance")]
            appendProvenance(provenance, to: &lines, index: index)
        }
        appendNotes(item.notes, to: &lines, index: index)
        return DetailContent(title: "News · " + Format.date(item.date, approximate: item.approximate), lines: lines)
    }

    // MARK: - Pieces

    static func parametersText(_ parameters: Parameters?) -> String {
        guard let parameters, let total = parameters.total else { return "undisclosed" }
        if let active = parameters.active {
            return "\(Format.count(total)) total, \(Format.count(active)) active per token (mixture of experts)"
        }
        return Format.count(total) + " (dense)"
    }

    static func licenseText(_ license: License?) -> String {
        guard let license else { return Format.missing }
        var parts = [license.name, license.openWeights ? "open weights" : "closed weights"]
        if let commercial = license.commercial { parts.append(commercial ? "commercial use allowed" : "no commercial use") }
        return parts.joined(separator: " · ")
    }

    static func reporterText(_ provenance: Provenance, owner: String, index: DatasetIndex) -> String {
        guard let reporter = provenance.reportedBy else { return "reporter not stated" }
        return reporter == owner ? "reported by \(index.organizationName(reporter)) (self)"
            : "measured by \(index.organizationName(reporter)) (cross-lab)"
    }

    /// `[P1] DeepSeek-V3 GitHub README, as of 2024-12-26 (primary)`.
    static func provenanceText(_ provenance: Provenance, index: DatasetIndex, withStatus: Bool = true) -> String {
        var text = [provenance.ref.map { "[\($0)]" }, index.sourceName(provenance).flatMap { $0 == provenance.ref ? nil : $0 }]
            .compactMap { $0 }.joined(separator: " ")
        if let asOf = provenance.asOf { text += ", as of " + asOf.description }
        if withStatus, let status = provenance.status { text += " (\(status.rawValue))" }
        return text
    }

    static func appendProvenance(_ provenance: Provenance, to lines: inout [Line], index: DatasetIndex) {
        if let name = index.sourceName(provenance) {
            lines.append(.field("Source", (provenance.ref.map { "[\($0)] " } ?? "") + name))
        }
        if let url = index.sourceURL(provenance) { lines.append(.field("URL", url)) }
        if let reporter = provenance.reportedBy { lines.append(.field("Reported by", index.organizationName(reporter))) }
        if let status = provenance.status { lines.append(.field("Status", statusText(status))) }
        if let asOf = provenance.asOf { lines.append(.field("As of", asOf.description)) }
        if let retrieved = provenance.retrieved { lines.append(.field("Retrieved", retrieved.description)) }
        if let note = provenance.note { lines.append(.field("Note", note)) }
    }

    static func appendNotes(_ notes: [Note], to lines: inout [Line], index: DatasetIndex) {
        guard !notes.isEmpty else { return }
        lines += [.blank, .heading("Notes")]
        for note in notes {
            var text = note.about.map { "\($0): " } ?? ""
            text += note.text
            if let provenance = note.provenance { text += " (" + provenanceText(provenance, index: index) + ")" }
            lines.append(.text("• " + text))
        }
    }

    static func statusText(_ status: Provenance.Status) -> String {
        switch status {
        case .primary: return "primary (the owner's own page)"
        case .secondary: return "secondary (a copy or aggregator quoting the primary)"
        case .derived: return "derived (arithmetic on sourced figures)"
        }
    }

    static func basisText(_ basis: TrainingRun.Basis) -> String {
        switch basis {
        case .reported: return "reported by the developer"
        case .estimate: return "outside estimate"
        case .derived: return "derived for this dataset (see method)"
        }
    }

    static func costText(_ run: TrainingRun) -> String {
        guard let cost = run.costUSD else { return "not disclosed" }
        var text = Format.usd(cost)
        if let low = run.costLow, let high = run.costHigh {
            text += " (range \(Format.usd(low))–\(Format.usd(high)))"
        }
        return text
    }

    /// Every price of the model, line by line, oldest first: the steps its price took, each
    /// with its day and how it compared with the one before (`cut 57%`, `up 46%`). A price
    /// shown as current above is marked so; one that ended says when (in its summary). Lines
    /// with a single price that is current are left out: they have no history.
    static func appendPriceHistory(_ prices: [Price], developer: String, current: Set<String>, to lines: inout [Line],
                                   index: DatasetIndex, mix: TokenMix) {
        // A line with one price that is current has no history to tell.
        let histories = PriceLines.histories(prices).filter { $0.count > 1 || !current.contains($0[0].id) }
        guard !histories.isEmpty else { return }
        lines += [.blank, .heading("Price history (oldest first; current = the newest price not in the future and not ended)")]
        for history in histories {
            let first = history[0]
            let line = (first.provider ?? developer + " (own API)") + (first.tier.map { " · " + $0 } ?? "")
            lines.append(.text(line))
            var previous: Price?
            for price in history {
                var parts = [Format.price(mix.blended(price)) + " blended", priceSummary(price, mix: mix)]
                if let previous, mix.blended(previous) > 0 {
                    let ratio = mix.blended(price) / mix.blended(previous) - 1
                    let percent = Int((abs(ratio) * 100).rounded())
                    if percent > 0 { parts.append(ratio < 0 ? "cut \(percent)%" : "up \(percent)%") }
                }
                if current.contains(price.id) { parts.append("current") }
                if let today = index.today, price.asOf > today { parts.append("not yet in effect") }
                if let provenance = price.provenance { parts.append(provenanceText(provenance, index: index)) }
                lines.append(.field(price.asOf.description, parts.joined(separator: " · ")))
                previous = price
            }
        }
    }

    /// The current price of each line (provider and tier) of one model on `today`, cheapest
    /// blended first, the developer's own before a host at the same price.
    static func currentPrices(_ prices: [Price], mix: TokenMix, today: DayDate?) -> [Price] {
        PriceLines.current(prices, today: today).sorted { a, b in
            let left = mix.blended(a), right = mix.blended(b)
            if left != right { return left < right }
            if (a.provider == nil) != (b.provider == nil) { return a.provider == nil }
            return (a.provider ?? "", a.tier ?? "", a.id) < (b.provider ?? "", b.tier ?? "", b.id)
        }
    }

    static func priceSummary(_ price: Price, mix: TokenMix) -> String {
        var text = "in \(Format.price(price.input)) · out \(Format.price(price.output))"
        if let cached = price.cachedInput { text += " · cached \(Format.price(cached))" }
        if let tier = price.tier { text += " · " + tier }
        if let until = price.until { text += " · until " + until.description }
        if let api = price.apiId { text += " · " + api }
        return text
    }

    static func trainingSummary(_ run: TrainingRun) -> String {
        var parts: [String] = []
        if let cost = run.costUSD { parts.append(Format.usd(cost) + " (" + run.basis.rawValue + ")") }
        if let hours = run.gpuHours { parts.append(Format.count(hours) + " GPU-hours" + (run.gpuType.map { " on " + $0 } ?? "")) }
        if let tokens = run.tokens { parts.append(Format.count(tokens) + " tokens") }
        if let flop = run.flop { parts.append(Format.flop(flop) + " FLOP") }
        return parts.isEmpty ? "no figures" : parts.joined(separator: " · ")
    }
}
