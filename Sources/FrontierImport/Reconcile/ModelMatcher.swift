import Foundation
import FrontierCore

/// Decides which dataset model an outside listing means, or that it cannot tell.
///
/// A model is known by its id, name and aliases. The listing's key and name are looked up
/// (1) exactly, ignoring case, also without a `provider/` or `Org: ` prefix, then (2) in normalized
/// form, also without a leading developer name (`Meta Llama 3` is Meta's `Llama 3`), then (3)
/// without snapshot marks (`gpt-4o-2024-05-13`, `-0324`, `-latest`, `:free`): a snapshot is a
/// version of one model, so it meets that model. A name that reaches two models, or that
/// differs from a model only by a variant suffix (`-instruct`, `-preview`), is ambiguous: base
/// and instruct models are different models unless an alias says they are one, and merging
/// them would corrupt both.
///
/// Only curated models make a name ambiguous by resemblance (step 4): a model an import
/// created (tagged `unmatched`, in this run or an earlier one) is no evidence that a similar
/// name is a variant of it. Such a model is met only by a key it was listed under, or by the
/// canonical form of its keys (`NameKey.canonical`, scoped to the developer the key names): an
/// equality, so a list's entries fall into the same models whatever was imported before them,
/// and the order of a list, or of the lists imported, decides nothing.
struct ModelMatcher: Sendable {
    enum Match: Hashable, Sendable {
        case matched(String)
        /// The model ids the name could mean, sorted, and why it is not one of them.
        case ambiguous([String], why: Ambiguity = .sameName)
        case unmatched
    }

    /// Why a name is ambiguous, for the report.
    typealias Ambiguity = AmbiguousMatch.Reason

    private(set) var organizations: OrganizationMatcher
    private var exact: [String: Set<String>] = [:]
    /// Lowercased aliases alone: the keys lists were seen to use for each model.
    private var aliasKeys: [String: Set<String>] = [:]
    private var keys: [String: Set<String>] = [:]
    private var snapshots: [String: Set<String>] = [:]
    private var families: [String: Set<String>] = [:]
    /// The canonical keys (`canonicalKey`) of the models imports created.
    private var canonical: [String: Set<String>] = [:]
    /// Models not created by an import: the dataset's own records and those a user curated.
    private var curated: Set<String> = []
    /// API ids the developer's own prices show serving more than one model over time
    /// (`deepseek-chat`: DeepSeek-V3, then V3.1, V3.2-Exp and V3.2), lowercased, with those
    /// models, sorted. A listing under such an id gives no day, so it cannot say which it means.
    private var reusedAPIIDs: [String: [String]] = [:]

    init(organizations: [Organization], models: [Model], prices: [Price] = []) {
        self.organizations = OrganizationMatcher(organizations)
        for model in models { add(model) }
        var served: [String: Set<String>] = [:]
        for price in prices where price.provider == nil {
            if let api = price.apiId { served[api.lowercased(), default: []].insert(price.model) }
        }
        reusedAPIIDs = served.filter { $0.value.count > 1 }.mapValues { $0.sorted() }
    }

    /// Makes an organization known; add it before its models so their names can lead with it.
    mutating func add(_ organization: Organization) {
        organizations.add(organization)
    }

    /// Makes a model known by its names.
    ///
    /// A model the running import created (`createdByImport`) is matched by its names, so a list
    /// that repeats an entry meets it again, but it does not join a family: it is no evidence
    /// that a later `-chat` or dated entry of the same list is a variant of it. Only the dataset
    /// as it was before the import can make a name ambiguous, so the order of a list never does.
    mutating func add(_ model: Model, createdByImport: Bool = false) {
        let curated = !createdByImport && !model.tags.contains(Self.createdTag)
        if curated { self.curated.insert(model.id) }
        for name in [model.id, model.name] { index(name, of: model, curated: curated) }
        for alias in model.aliases { add(alias: alias, of: model, curated: curated) }
        if !curated, model.aliases.isEmpty, let key = canonicalKey(ofKey: model.name, fallback: organizations.name(of: model.org) ?? model.org) {
            canonical[key, default: []].insert(model.id)
        }
    }

    /// Makes `alias` a name of `model` (already added), without going over its other names.
    mutating func add(alias: String, of model: Model) {
        add(alias: alias, of: model, curated: curated.contains(model.id))
    }

    private mutating func add(alias: String, of model: Model, curated: Bool) {
        aliasKeys[alias.lowercased(), default: []].insert(model.id)
        index(alias, of: model, curated: curated)
        if !curated, let key = canonicalKey(ofKey: alias, fallback: organizations.name(of: model.org) ?? model.org) {
            canonical[key, default: []].insert(model.id)
        }
    }

    /// Files one of the model's names under every form a listing is compared in; only a
    /// curated model's names make a family.
    private mutating func index(_ name: String, of model: Model, curated: Bool) {
        exact[name.lowercased(), default: []].insert(model.id)
        for key in Self.keys(of: [name], developer: model.org, organizations: organizations, onlyDeveloper: true) {
            keys[key, default: []].insert(model.id)
            snapshots[Self.scopedForm(of: key, NameKey.withoutSnapshotSuffix), default: []].insert(model.id)
            if curated { families[Self.scopedForm(of: key, NameKey.withoutVariantSuffix), default: []].insert(model.id) }
        }
    }

    /// The tag of models an import created.
    static let createdTag = Model.listedTag

    func match(_ listing: ModelListing) -> Match {
        let spellings = ListingName.spellings(listing)
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        let owner = ListingName.keyOwner(key.isEmpty ? listing.name : key)
        let named = ListingName.developerNames(listing) + [ListingName.familyDeveloper(listing), owner].compactMap { $0 }
        let developer = named.lazy.compactMap(organizations.id(for:)).first
        // A key that names no developer is matched only against curated models: whether an
        // import created a model of its name would otherwise depend on the order of imports.
        // Only the listing's own words count here, not an organization an import may have
        // created since, for the same reason.
        let hasDeveloper = !named.isEmpty

        // An API id that has served several models: none of them can be told from the listing.
        if !reusedAPIIDs.isEmpty,
           let models = ListingName.keySpellings(listing).lazy.compactMap({ reusedAPIIDs[$0.lowercased()] }).first {
            return .ambiguous(models, why: .reusedAPIID)
        }
        // Curated models first: what an import created only counts when no curated one does.
        let listingKeys = Self.keys(of: spellings, developer: developer, organizations: organizations, onlyDeveloper: false)
        let tiers = self.tiers(spellings, listingKeys)
        for hits in tiers {
            if let match = Self.decide(hits.intersection(curated)) { return match }
        }
        let familyHits = Set(listingKeys.flatMap { families[Self.scopedForm(of: $0, NameKey.withoutVariantSuffix)] ?? [] })
        if !familyHits.isEmpty { return .ambiguous(familyHits.sorted(), why: .variant) }
        guard hasDeveloper else { return .unmatched }
        // Then the key itself, as an alias holds it: the record an earlier import of a list
        // with this key made or matched for it, whatever other lists added since. After the
        // curated models, which no import changes, so that it never overrides what they decide.
        if !key.isEmpty, let hits = aliasKeys[key.lowercased()], let match = Self.decide(hits.subtracting(curated)) { return match }
        // Then the canonical form of the key, never the display name: lists name one model
        // differently (`Ministral 3 8B 2512`, `ministral-8b`) and one name stands for several
        // keys, so a name would join models one order of imports keeps apart.
        let fallback = developer.flatMap(organizations.name(of:)) ?? named.first
        if let canonicalKey = canonicalKey(ofKey: key.isEmpty ? listing.name : listing.sourceID, fallback: fallback),
           let hits = canonical[canonicalKey], let match = Self.decide(hits.subtracting(curated)) {
            return match
        }
        return .unmatched
    }

    /// `scope␟form`: the key's `canonicalForm`, scoped to the developer its family or its path
    /// names (`qwen/qwen3-32b-fp8` and `alibaba/qwen-3-32b` are both Alibaba's `qwen 3 32b`),
    /// else to the developer named `fallback` (the listing's, or the model's organization's
    /// name), each in the spelling `OrganizationSpellings` gives it. Only names decide the scope,
    /// never which organizations exist, which an earlier import may have changed.
    private func canonicalKey(ofKey key: String, fallback: String?) -> String? {
        let text = key.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, let name = ListingName.keyOwner(text) ?? fallback else { return nil }
        let scope = NameKey.normalized(OrganizationSpellings.group(of: name)?.first ?? name)
        let form = Self.canonicalForm(ofKey: text)
        return form.isEmpty ? nil : Self.scoped(scope, form)
    }

    /// The words of a key's or name's `NameKey.canonical` form, in sorted order, without a host
    /// or developer in front: `anthropic.claude-haiku-4-5-20251001-v1:0` and `claude-4.5-haiku`
    /// are both `4.5 claude haiku`. Lists order a name's words differently; no two models differ
    /// only in the order of their words.
    static func canonicalForm(ofKey key: String) -> String {
        let keyListing = ModelListing(sourceID: key.trimmingCharacters(in: .whitespaces), name: "", provenance: Provenance())
        let shown = ModelFamilies.withoutLeadingOwner(NameKey.normalized(ListingName.display(keyListing)))
        return NameKey.canonical(shown).split(separator: " ").sorted().joined(separator: " ")
    }

    /// The models `spellings` reach exactly, by their normalized `listingKeys`, and by those
    /// keys without snapshot marks.
    private func tiers(_ spellings: [String], _ listingKeys: Set<String>) -> [Set<String>] {
        let exactHits: Set<String> = Set(spellings.flatMap { exact[$0.lowercased()] ?? [] })
        let keyHits: Set<String> = Set(listingKeys.flatMap { keys[$0] ?? [] })
        let snapshotKeys = listingKeys.map { Self.scopedForm(of: $0, NameKey.withoutSnapshotSuffix) }
        let snapshotHits: Set<String> = Set(snapshotKeys.flatMap { snapshots[$0] ?? [] })
        return [exactHits, keyHits, snapshotHits]
    }

    private static func decide(_ hits: Set<String>) -> Match? {
        switch hits.count {
        case 0: return nil
        case 1: return .matched(hits.first!)
        default: return .ambiguous(hits.sorted())
        }
    }

    /// Normalized keys of `names`, each also scoped to an organization (`meta␟llama 3`) so that a
    /// name with its developer in front meets the same name without it.
    ///
    /// A model's own names are scoped only to its developer (`onlyDeveloper`); a listing's are
    /// scoped to its developer and to any organization whose name leads them.
    private static func keys(of names: [String], developer: String?, organizations: OrganizationMatcher,
                             onlyDeveloper: Bool) -> Set<String> {
        var result: Set<String> = []
        for name in names {
            let key = NameKey.normalized(name)
            guard !key.isEmpty else { continue }
            result.insert(key)
            if let developer { result.insert(scoped(developer, key)) }
            for (organization, rest) in organizations.leading(key) where !onlyDeveloper || organization == developer {
                result.insert(scoped(organization, rest))
            }
        }
        return result
    }

    private static func scoped(_ organization: String, _ key: String) -> String {
        organization + "\u{1F}" + key
    }

    /// `reduce` applied to the key's name, keeping an organization scope in front.
    private static func scopedForm(of key: String, _ reduce: (String) -> String) -> String {
        guard let separator = key.firstIndex(of: "\u{1F}") else { return reduce(key) }
        let rest = key[key.index(after: separator)...]
        return String(key[...separator]) + reduce(String(rest))
    }
}
