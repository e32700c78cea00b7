/// One batch being applied to a dataset: the dataset as it grows, and the account of what changed.
///
/// Listings go first, so that news can link the models they created. Every record an import
/// writes carries the provenance its importer gave, stamped with the day of the import.
struct Reconciliation {
    var dataset: Dataset
    let context: ImportContext
    var matcher: ModelMatcher
    private(set) var added: [RecordRef] = []
    private(set) var updated: [RecordRef] = []
    var unchanged = 0
    var skipped: [ImportWarning]
    var ambiguous: [AmbiguousMatch] = []
    var newModels: [String] = []
    private var changed: Set<RecordRef> = []
    private(set) var modelIndex: [String: Int] = [:]

    init(dataset: Dataset, context: ImportContext, skipped: [ImportWarning]) {
        self.dataset = dataset
        self.context = context
        self.skipped = skipped
        matcher = ModelMatcher(organizations: dataset.organizations, models: dataset.models)
        for (index, model) in dataset.models.enumerated() where modelIndex[model.id] == nil {
            modelIndex[model.id] = index
        }
    }

    /// How many records were added or updated so far; an entry that leaves it alone changed nothing.
    var changeCount: Int { added.count + updated.count }

    mutating func noteAdded(_ kind: RecordKind, _ id: String) {
        let reference = RecordRef(kind: kind, id: id)
        if changed.insert(reference).inserted { added.append(reference) }
    }

    /// Records a change to an existing record; one added by this batch already counts as added.
    mutating func noteUpdated(_ kind: RecordKind, _ id: String) {
        let reference = RecordRef(kind: kind, id: id)
        if changed.insert(reference).inserted { updated.append(reference) }
    }

    func wasAdded(_ kind: RecordKind, _ id: String) -> Bool {
        added.contains(RecordRef(kind: kind, id: id))
    }

    mutating func appendModel(_ model: Model) {
        modelIndex[model.id] = dataset.models.count
        dataset.models.append(model)
        matcher.add(model)
    }

    /// `provenance` as the dataset will hold it: stamped with the import's day, naming the
    /// source when the importer gave neither a name nor a registry entry, and without references
    /// the dataset cannot resolve (which would make the whole file invalid).
    func stamped(_ provenance: Provenance, asOf: DayDate? = nil) -> Provenance {
        var result = provenance
        result.retrieved = context.retrieved
        if result.asOf == nil { result.asOf = asOf }
        if let ref = result.ref, !dataset.sources.contains(where: { $0.id == ref }) { result.ref = nil }
        if let reporter = result.reportedBy, !dataset.organizations.contains(where: { $0.id == reporter }) {
            result.reportedBy = nil
        }
        if result.ref == nil, result.source?.contains(where: { !$0.isWhitespace }) != true {
            result.source = context.sourceName
        }
        return result
    }

    /// `OpenRouter (https://openrouter.ai/api/v1/models) on 2025-06-01`, for notes on what an import did.
    var importDescription: String {
        let location = context.location.isEmpty || context.location == context.sourceName ? "" : " (\(context.location))"
        return "\(context.sourceName)\(location) on \(context.retrieved)"
    }

    func outcome() -> ImportOutcome {
        ImportOutcome(dataset: dataset, added: added, updated: updated, unchanged: unchanged, skipped: skipped,
                      ambiguous: ambiguous, newModels: newModels)
    }

    /// True when `value` is a figure the dataset can hold: finite and not negative.
    static func isFigure(_ value: Double) -> Bool {
        value.isFinite && value >= 0
    }

    /// Equal up to the last bits a decimal-to-binary conversion may differ in.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        default: return false
        }
    }
}
