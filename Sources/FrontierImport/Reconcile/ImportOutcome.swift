import FrontierCore

/// What applying one import batch did to a dataset, and the dataset it produced.
public struct ImportOutcome: Hashable, Sendable {
    public var dataset: Dataset
    /// Records created, in the order they were created.
    public var added: [RecordRef]
    /// Existing records changed (a price closed with `until`, a model's context filled in, ...).
    public var updated: [RecordRef]
    /// Entries of the batch that changed nothing: the dataset already said what they say.
    public var unchanged: Int
    /// The batch's own skipped entries plus those the reconciler left out.
    public var skipped: [ImportWarning]
    public var ambiguous: [AmbiguousMatch]
    /// Models created because no existing model matched; flagged in the dataset (tag `unmatched`).
    public var newModels: [String]

    public init(dataset: Dataset, added: [RecordRef] = [], updated: [RecordRef] = [], unchanged: Int = 0,
                skipped: [ImportWarning] = [], ambiguous: [AmbiguousMatch] = [], newModels: [String] = []) {
        self.dataset = dataset
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.skipped = skipped
        self.ambiguous = ambiguous
        self.newModels = newModels
    }

    /// One line: "added 3 news, 2 prices, 1 model (unmatched); updated 1 price; 4 unchanged; skipped 2; 1 ambiguous".
    public var summary: String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("added " + Self.counts(added, markingModels: true)) }
        if !updated.isEmpty { parts.append("updated " + Self.counts(updated, markingModels: false)) }
        if unchanged > 0 { parts.append("\(unchanged) unchanged") }
        if !skipped.isEmpty { parts.append("skipped \(skipped.count)") }
        if !ambiguous.isEmpty { parts.append("\(ambiguous.count) ambiguous") }
        return parts.isEmpty ? "nothing to import" : parts.joined(separator: "; ")
    }

    /// The order news, prices and training come in first: they are what imports are run for.
    private static let order: [RecordKind] = [.news, .price, .training, .model, .organization, .benchmark, .source]

    private static func counts(_ references: [RecordRef], markingModels: Bool) -> String {
        order.compactMap { kind -> String? in
            let count = references.count { $0.kind == kind }
            guard count > 0 else { return nil }
            let text = "\(count) \(noun(kind, count))"
            // An import only creates a model when none matched, and users should look at those.
            return markingModels && kind == .model ? text + " (unmatched)" : text
        }.joined(separator: ", ")
    }

    private static func noun(_ kind: RecordKind, _ count: Int) -> String {
        let singular: String
        switch kind {
        case .news: return "news"
        case .training: singular = "training run"
        default: singular = kind.rawValue
        }
        return count == 1 ? singular : singular + "s"
    }
}
