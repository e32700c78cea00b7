import FrontierCore
import FrontierLive
import TerminalGrid

/// One line of `frontier watch` output for one new or changed record.
enum WatchLine {
    /// `2025-01-27 + news   Nvidia loses $589B in market value (CNBC)`: the record's day, `+`
    /// for new or `~` for changed, its kind, and what a reader needs to recognise it.
    /// - Parameter names: model names by id, made once for a batch of lines.
    static func text(_ change: DatasetChanges.Change, names: [String: String]) -> String {
        let mark = change.kind == .added ? "+" : "~"
        let (day, summary): (DayDate?, String)
        switch change.record {
        case let .news(item):
            (day, summary) = (item.date, "\(item.headline) (\(item.source))")
        case let .model(model):
            (day, summary) = (model.released, "\(model.name) (\(model.org))")
        case let .price(price):
            let model = names[price.model] ?? price.model
            let who = price.provider ?? price.apiId
            (day, summary) = (price.asOf, "\(model): \(Format.price(price.input)) in, \(Format.price(price.output)) out per 1M tokens"
                + (who.map { " (\($0))" } ?? ""))
        case let .training(run):
            let name = run.model.flatMap { names[$0] } ?? run.label ?? run.id
            let figures = [run.flop.map { Format.flop($0) + " FLOP" }, run.costUSD.map(Format.usd)].compactMap { $0 }
            (day, summary) = (nil, ([name] + figures).joined(separator: ", "))
        case let .organization(organization):
            (day, summary) = (nil, organization.name)
        case let .benchmark(benchmark):
            (day, summary) = (nil, benchmark.name)
        case let .source(source):
            (day, summary) = (nil, source.name)
        }
        let date = day.map(\.description) ?? String(repeating: " ", count: 10)
        let kind = change.record.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        // A record's text is data from elsewhere: no escape sequence in it reaches the terminal.
        return Sanitizer.clean("\(date) \(mark) \(kind) \(summary)")
    }

    /// Model names by id, for `text`.
    static func modelNames(_ dataset: Dataset) -> [String: String] {
        Dictionary(dataset.models.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// `{"change":"added","kind":"news","record":{…}}`: the complete record, for scripts.
    static func json(_ change: DatasetChanges.Change) -> String {
        JSONWriter.line(JSONValue(.object(JSONObject([
            .init(key: "change", value: JSONValue(.string(change.kind.rawValue))),
            .init(key: "kind", value: JSONValue(.string(change.record.kind.rawValue))),
            .init(key: "record", value: DatasetEncoder.jsonValue(change.record)),
        ]))))
    }

    /// The pane whose query language applies to a record, and the record's row id there; nil
    /// for kinds no pane lists.
    static func row(of record: DatasetRecord) -> (pane: PaneID, id: String)? {
        switch record {
        case let .model(model): return (.models, model.id)
        case let .price(price): return (.costs, CostsChart.pricePrefix + price.id)
        case let .training(run): return (.costs, CostsChart.trainingPrefix + run.id)
        case let .news(item): return (.news, item.id)
        case .source, .organization, .benchmark: return nil
        }
    }
}
