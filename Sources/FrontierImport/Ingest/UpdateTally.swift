import FrontierCore

/// What a run over several sources changed, counted once per record: one added by a listing
/// and changed by the next counts as added.
public struct UpdateTally: Hashable, Sendable {
    private var added: [RecordKind: Set<String>] = [:]
    private var changed: [RecordKind: Set<String>] = [:]

    public init() {}

    public mutating func add(_ outcome: ImportOutcome) {
        for record in outcome.added { added[record.kind, default: []].insert(record.id) }
        for record in outcome.updated where added[record.kind]?.contains(record.id) != true {
            changed[record.kind, default: []].insert(record.id)
        }
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty }

    /// `+12 models, 34 prices changed, +57 news`; `no changes` when there are none.
    public var summary: String {
        Self.summary(added: added.mapValues(\.count), changed: changed.mapValues(\.count))
    }

    /// One source's part, in the same words.
    public static func summary(of outcome: ImportOutcome) -> String {
        var tally = UpdateTally()
        tally.add(outcome)
        return tally.summary
    }

    /// The order a reader of the summary cares about: the catalogue first, then the news.
    private static let order: [RecordKind] = [.model, .price, .news, .training, .organization, .benchmark, .source]

    private static func summary(added: [RecordKind: Int], changed: [RecordKind: Int]) -> String {
        var parts: [String] = []
        for kind in order {
            if let count = added[kind], count > 0 { parts.append("+\(count) \(noun(kind, count))") }
            if let count = changed[kind], count > 0 { parts.append("\(count) \(noun(kind, count)) changed") }
        }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }

    private static func noun(_ kind: RecordKind, _ count: Int) -> String {
        switch kind {
        case .news: return "news"
        case .training: return count == 1 ? "training run" : "training runs"
        default: return count == 1 ? kind.rawValue : kind.rawValue + "s"
        }
    }
}
