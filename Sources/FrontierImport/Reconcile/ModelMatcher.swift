import FrontierCore

/// Decides which dataset model an outside listing means, or that it cannot tell.
///
/// A model is known by its id, name and aliases. The listing's key and name are looked up
/// (1) exactly, ignoring case, also without a `provider/` or `Org: ` prefix, then (2) in normalized
/// form, also without a leading developer name (`Meta Llama 3` is Meta's `Llama 3`). A name that
/// reaches two models, or that differs from a model only by a variant suffix (`-instruct`,
/// `-latest`, a date stamp), is ambiguous: base and instruct models, or two snapshots, are
/// different models unless an alias says they are one, and merging them would corrupt both.
struct ModelMatcher: Sendable {
    enum Match: Hashable, Sendable {
        case matched(String)
        /// The model ids the name could mean, sorted.
        case ambiguous([String])
        case unmatched
    }

    private(set) var organizations: OrganizationMatcher
    private var exact: [String: Set<String>] = [:]
    private var keys: [String: Set<String>] = [:]
    private var families: [String: Set<String>] = [:]

    init(organizations: [Organization], models: [Model]) {
        self.organizations = OrganizationMatcher(organizations)
        for model in models { add(model) }
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
        for name in [model.id, model.name] + model.aliases {
            exact[name.lowercased(), default: []].insert(model.id)
        }
        for key in Self.keys(of: [model.id, model.name] + model.aliases, developer: model.org,
                             organizations: organizations, onlyDeveloper: true) {
            keys[key, default: []].insert(model.id)
            if !createdByImport { families[Self.family(of: key), default: []].insert(model.id) }
        }
    }

    func match(_ listing: ModelListing) -> Match {
        let spellings = ListingName.spellings(listing)
        let exactHits = Set(spellings.flatMap { exact[$0.lowercased()] ?? [] })
        if let match = Self.decide(exactHits) { return match }

        let developer = ListingName.developerNames(listing).lazy.compactMap(organizations.id(for:)).first
        let listingKeys = Self.keys(of: spellings, developer: developer, organizations: organizations,
                                    onlyDeveloper: false)
        let keyHits = Set(listingKeys.flatMap { keys[$0] ?? [] })
        if let match = Self.decide(keyHits) { return match }

        let familyHits = Set(listingKeys.flatMap { families[Self.family(of: $0)] ?? [] })
        return familyHits.isEmpty ? .unmatched : .ambiguous(familyHits.sorted())
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

    /// The key without variant suffixes, keeping an organization scope in front.
    private static func family(of key: String) -> String {
        guard let separator = key.firstIndex(of: "\u{1F}") else { return NameKey.withoutVariantSuffix(key) }
        let rest = key[key.index(after: separator)...]
        return String(key[...separator]) + NameKey.withoutVariantSuffix(String(rest))
    }
}
