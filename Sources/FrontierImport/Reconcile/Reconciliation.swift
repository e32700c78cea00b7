import FrontierCore

/// One batch being applied to a dataset: the dataset as it grows, and the account of what changed.
///
/// Listings go first, so that news can link the models they created. Every record an import
/// writes carries the provenance its importer gave, stamped with the day of the import.
struct Reconciliation {
    var dataset: Dataset
    let context: ImportContext
    /// Matches listings to models and organizations; built when listings arrive
    /// (`prepareMatcher`), since building it for thousands of models costs more than a whole
    /// feed of news that never uses it.
    var matcher: ModelMatcher {
        get { builtMatcher ?? ModelMatcher(organizations: dataset.organizations, models: dataset.models, prices: dataset.prices) }
        _modify {
            prepareMatcher()
            yield &builtMatcher!
        }
    }
    private var builtMatcher: ModelMatcher?

    mutating func prepareMatcher() {
        if builtMatcher == nil {
            builtMatcher = ModelMatcher(organizations: dataset.organizations, models: dataset.models, prices: dataset.prices)
        }
    }
    private(set) var added: [RecordRef] = []
    private(set) var updated: [RecordRef] = []
    var unchanged = 0
    var skipped: [ImportWarning]
    private(set) var ambiguous: [AmbiguousMatch] = []
    var newModels: [String] = []
    private var changed: Set<RecordRef> = []
    /// Training runs an entry of this batch already spoke for.
    var claimedTraining: Set<String> = []
    private var ambiguousSet: Set<AmbiguousMatch> = []
    // Indexes beside the dataset's arrays, so that each listing costs the same however many
    // records the dataset (or the batch so far) holds: a list of 300k unmatched rows must not
    // scan every model, organization and training run once per row.
    private(set) var modelIndex: [String: Int] = [:]
    private(set) var trainingIndex: [String: Int] = [:]
    private(set) var organizationIDs: Set<String> = []
    /// The positions of each model's prices, and every price id: a list of thousands of new
    /// models must not scan every price once per listing.
    private(set) var pricesByModel: [String: [Int]] = [:]
    private(set) var priceIDs: Set<String> = []
    /// Listed prices waiting for the whole batch, by line, and the lines in the order met.
    var pendingPrices: [PriceLine: [PendingPrice]] = [:]
    var pendingLines: [PriceLine] = []
    private let sourceIDs: Set<String>

    init(dataset: Dataset, context: ImportContext, skipped: [ImportWarning]) {
        self.dataset = dataset
        self.context = context
        self.skipped = skipped
        for (index, model) in dataset.models.enumerated() where modelIndex[model.id] == nil {
            modelIndex[model.id] = index
        }
        for (index, run) in dataset.training.enumerated() where trainingIndex[run.id] == nil {
            trainingIndex[run.id] = index
        }
        organizationIDs = Set(dataset.organizations.map(\.id))
        for (index, price) in dataset.prices.enumerated() {
            pricesByModel[price.model, default: []].append(index)
            priceIDs.insert(price.id)
        }
        sourceIDs = Set(dataset.sources.map(\.id))
    }

    /// How many records were added or updated so far; an entry that leaves it alone changed nothing.
    var changeCount: Int { added.count + updated.count }

    mutating func noteAdded(_ kind: RecordKind, _ id: String) {
        let reference = RecordRef(kind: kind, id: id)
        if changed.insert(reference).inserted {
            added.append(reference)
        }
    }

    /// Records a change to an existing record; one added by this batch already counts as added.
    mutating func noteUpdated(_ kind: RecordKind, _ id: String) {
        let reference = RecordRef(kind: kind, id: id)
        if changed.insert(reference).inserted { updated.append(reference) }
    }

    /// Reports an ambiguous match once, however often the list repeats the entry.
    mutating func noteAmbiguous(_ match: AmbiguousMatch) {
        if ambiguousSet.insert(match).inserted { ambiguous.append(match) }
    }

    mutating func appendModel(_ model: Model) {
        modelIndex[model.id] = dataset.models.count
        dataset.models.append(model)
        builtMatcher?.add(model, createdByImport: true)
    }

    mutating func appendOrganization(_ organization: Organization) {
        dataset.organizations.append(organization)
        organizationIDs.insert(organization.id)
        builtMatcher?.add(organization)
    }

    mutating func appendPrice(_ price: Price) {
        pricesByModel[price.model, default: []].append(dataset.prices.count)
        priceIDs.insert(price.id)
        dataset.prices.append(price)
    }

    mutating func appendTraining(_ run: TrainingRun) {
        if trainingIndex[run.id] == nil { trainingIndex[run.id] = dataset.training.count }
        dataset.training.append(run)
    }

    /// `provenance` as the dataset will hold it: stamped with the import's day, naming the
    /// source when the importer gave neither a name nor a registry entry, and without references
    /// the dataset cannot resolve (which would make the whole file invalid).
    func stamped(_ provenance: Provenance, asOf: DayDate? = nil) -> Provenance {
        var result = provenance
        result.retrieved = context.retrieved
        if result.asOf == nil { result.asOf = asOf }
        if let ref = result.ref, !sourceIDs.contains(ref) { result.ref = nil }
        if let reporter = result.reportedBy, !organizationIDs.contains(reporter) {
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

    /// The longest name, key, developer or provider a listing may have; far beyond any real
    /// one, and short enough that matching costs the same for every listing.
    static let maximumNameBytes = 1_000

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
