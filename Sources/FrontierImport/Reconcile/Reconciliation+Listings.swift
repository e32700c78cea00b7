import Foundation
import FrontierCore

extension Reconciliation {
    /// Matches every listing and applies its figures, prices last (`applyQueuedPrices`), and
    /// counts the listings that changed nothing and were not reported as `unchanged`.
    mutating func apply(listings: [ModelListing]) {
        guard !listings.isEmpty else { return }
        prepareMatcher()
        var untouched: [Int] = []
        for (entry, listing) in listings.enumerated() where apply(listing, entry: entry) {
            untouched.append(entry)
        }
        let touched = applyQueuedPrices()
        unchanged += untouched.filter { !touched.contains($0) }.count
    }

    /// Matches one listing and applies its figures, queueing its price; an ambiguous one is
    /// only reported. True when it changed nothing and nothing was reported.
    private mutating func apply(_ listing: ModelListing, entry: Int) -> Bool {
        let place = listing.sourceID.isEmpty ? listing.name : listing.sourceID
        // Matching and id-making walk every character several times; a name no real model has
        // (a 50 MB spreadsheet cell) would hold the dataset's lock for minutes.
        let names = [listing.sourceID, listing.name, listing.organization ?? "", listing.provider ?? ""]
        guard names.allSatisfy({ $0.utf8.count <= Self.maximumNameBytes }) else {
            skipped.append(ImportWarning(place: JSONWriter.quoted(place, limit: 60),
                                         reason: "a name, key or developer is longer than \(Self.maximumNameBytes) bytes; left out"))
            return false
        }
        guard !ListingName.display(listing).isEmpty else {
            skipped.append(ImportWarning(place: place, reason: "no name or key"))
            return false
        }
        let before = (changes: changeCount, skips: skipped.count)
        let modelID: String
        switch matcher.match(listing) {
        case .ambiguous(let candidates, let why):
            // Lists repeat entries (LiteLLM names a model once per route); the user needs to decide once.
            let match = AmbiguousMatch(name: listing.name, sourceID: listing.sourceID, candidates: candidates, why: why)
            noteAmbiguous(match)
            return false
        case .matched(let id):
            modelID = id
            recordKey(of: listing, on: modelID)
            fillIn(modelID, from: listing)
            settleCreated(modelID, with: listing)
        case .unmatched:
            guard let id = createModel(for: listing, place: place) else { return false }
            modelID = id
        }
        if let price = listing.price { queue(price, of: listing, to: modelID, place: place, entry: entry) }
        if let training = listing.training { apply(training, of: listing, to: modelID, place: place) }
        return changeCount == before.changes && skipped.count == before.skips
    }

    /// Adds the listing's key to the aliases of a model an import created, when it met it by
    /// another name: the next import of the list finds it by the key, whatever models other
    /// lists created since (which could make the name ambiguous). Curated models are left as
    /// they are; they are met first anyway.
    private mutating func recordKey(of listing: ModelListing, on modelID: String) {
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, let index = modelIndex[modelID] else { return }
        var model = dataset.models[index]
        guard model.tags.contains(ModelMatcher.createdTag),
              !model.aliases.contains(where: { $0.lowercased() == key.lowercased() }) else { return }
        model.aliases.append(key)
        dataset.models[index] = model
        matcher.add(alias: key, of: model)
        noteUpdated(.model, modelID)
    }

    /// Fills a matched model's context and parameter count where the dataset has none; a figure
    /// already there is never replaced, whoever gave it.
    private mutating func fillIn(_ modelID: String, from listing: ModelListing) {
        guard let index = modelIndex[modelID] else { return }
        var model = dataset.models[index]
        let provenance = stamped(listing.provenance)
        if model.context == nil, let context = listing.context, context > 0 {
            model.context = context
            model.notes.append(Note(about: "context", text: "From \(sourceName(of: provenance)).", provenance: provenance))
        }
        if model.parameters?.total == nil, let total = listing.parameters, Self.isFigure(total), total > 0,
           (model.parameters?.active ?? 0) <= total {
            if var parameters = model.parameters {
                parameters.total = total
                if parameters.provenance == nil {
                    parameters.provenance = provenance
                } else {
                    model.notes.append(Note(about: "parameters.total", text: "From \(sourceName(of: provenance)).",
                                            provenance: provenance))
                }
                model.parameters = parameters
            } else {
                model.parameters = Parameters(total: total, provenance: provenance)
            }
        }
        if model != dataset.models[index] {
            dataset.models[index] = model
            noteUpdated(.model, modelID)
        }
    }

    /// Makes a model an import created the same whichever of its listings came first: the best
    /// name any of them gives (`ListingName.preferredName`), the earliest release date (a real
    /// one before any first-seen day), the largest context, and the best spelling of its
    /// developer's name. Curated models are left as they are.
    private mutating func settleCreated(_ modelID: String, with listing: ModelListing) {
        guard let index = modelIndex[modelID], dataset.models[index].tags.contains(ModelMatcher.createdTag) else { return }
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        if let owner = ListingName.keyOwner(key.isEmpty ? listing.name : key) {
            settleCreatedOrganization(dataset.models[index].org, spelledAs: owner)
        }
        var model = dataset.models[index]
        let provenance = stamped(listing.provenance)
        let name = ListingName.modelName(listing)
        let form = ModelMatcher.canonicalForm(ofKey: key.isEmpty ? listing.name : key)
        if ListingName.preferredName(name, over: model.name, fits: { ModelMatcher.canonicalForm(ofKey: $0) == form }) {
            model.name = name
        }
        let firstSeen = model.notes.contains { $0.about == "released" }
        if let day = listing.released, firstSeen || day < model.released {
            model.released = day
            model.notes.removeAll { $0.about == "released" }
        } else if listing.released == nil, firstSeen {
            let day = listing.price?.asOf ?? context.retrieved
            if day < model.released {
                model.released = day
                model.notes.removeAll { $0.about == "released" }
                model.notes.append(Self.firstSeenNote(provenance, source: sourceName(of: provenance)))
            }
        }
        // A kind any of its lists gives; tags after `unmatched` are kept in order.
        if let kind = ModelKind.of(listing), !model.tags.contains(kind) {
            model.tags = [ModelMatcher.createdTag] + (model.tags.filter { $0 != ModelMatcher.createdTag } + [kind]).sorted()
        }
        if let context = listing.context, let current = model.context, context > current {
            model.context = context
            model.notes.removeAll { $0.about == "context" }
            model.notes.append(Note(about: "context", text: "From \(sourceName(of: provenance)).", provenance: provenance))
        }
        if model != dataset.models[index] {
            dataset.models[index] = model
            noteUpdated(.model, modelID)
        }
    }

    private static func firstSeenNote(_ provenance: Provenance, source: String) -> Note {
        Note(about: "released", text: "\(Model.firstSeenNoteText): the day this model was first seen in \(source).",
             provenance: provenance)
    }

    /// A new model for a listing that matched none, flagged `unmatched` and saying why it exists.
    private mutating func createModel(for listing: ModelListing, place: String) -> String? {
        guard let organization = developer(of: listing, place: place) else { return nil }
        let name = ListingName.modelName(listing)
        let provenance = stamped(listing.provenance)
        let id = RecordID.unique(RecordID.slug(name, fallback: "model"), isTaken: { modelIndex[$0] != nil })
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        var notes = [Note(text: "Created by an import from \(importDescription): \(JSONWriter.quoted(key)) matched no model in the dataset. If it is a model already listed, add \(JSONWriter.quoted(key)) to that model's aliases and remove this one.",
                          provenance: provenance)]
        let released: DayDate
        if let day = listing.released {
            released = day
        } else {
            released = listing.price?.asOf ?? context.retrieved
            notes.append(Self.firstSeenNote(provenance, source: sourceName(of: provenance)))
        }
        // The key even when it is the name: the next import finds the model by it (step 1 of
        // `ModelMatcher`), whatever other lists named their models since.
        let aliases = key.isEmpty ? [] : [key]
        let context = listing.context.flatMap { $0 > 0 ? $0 : nil }
        let parameters = listing.parameters.flatMap { Self.isFigure($0) && $0 > 0 ? Parameters(total: $0, provenance: provenance) : nil }
        appendModel(Model(id: id, name: name, org: organization, aliases: aliases, released: released,
                          parameters: parameters, context: context,
                          tags: [ModelMatcher.createdTag] + [ModelKind.of(listing)].compactMap { $0 }, provenance: provenance,
                          notes: notes))
        noteAdded(.model, id)
        newModels.append(id)
        return id
    }

    /// The organization id of the listing's developer, created when no organization matches.
    ///
    /// Each name is tried as it is and then in every spelling `OrganizationSpellings` knows for
    /// it, so `x-ai` finds the `xAI` an earlier entry created as `xai`; a new organization takes
    /// the table's name for its group and every other spelling as an alias.
    private mutating func developer(of listing: ModelListing, place: String) -> String? {
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        // The developer the key's own words name comes first, and alone: the listings of one
        // model name it alike, whichever came first (a host's first-party list credits what it
        // serves to itself: models.dev's Alibaba lists DeepSeek V4).
        if let owner = ListingName.keyOwner(key.isEmpty ? listing.name : key) {
            return developer(named: [owner], place: place, provenance: stamped(listing.provenance))
        }
        var names = ListingName.developerNames(listing)
        // A key that names no developer (`azure/gpt-4o`): the developer of its family. Not an
        // organization whose name leads it: an import may have created that one, and the
        // answer would depend on the order of imports.
        if names.isEmpty, let family = ListingName.familyDeveloper(listing) { names = [family] }
        return developer(named: names, place: place, provenance: stamped(listing.provenance))
    }

    /// The first of `names` an organization answers to, tried in every spelling
    /// `OrganizationSpellings` knows; else a new organization named after the first.
    private mutating func developer(named names: [String], place: String, provenance: Provenance) -> String? {
        for name in names {
            for spelling in [name] + (OrganizationSpellings.group(of: name) ?? []) {
                switch matcher.organizations.match(spelling) {
                case .matched(let id):
                    settleCreatedOrganization(id, spelledAs: spelling)
                    return id
                case .ambiguous(let candidates):
                    skipped.append(ImportWarning(place: place, reason: "developer \(JSONWriter.quoted(spelling, limit: Diagnostic.quotedLimit)) could be any of \(candidates.joined(separator: ", ")); add an alias to one"))
                    return nil
                case .unmatched:
                    continue
                }
            }
        }
        guard let first = names.first else {
            skipped.append(ImportWarning(place: place, reason: "matched no model and names no developer to create it under"))
            return nil
        }
        let group = OrganizationSpellings.group(of: first) ?? []
        let name = group.first ?? first
        var aliases: [String] = []
        for other in group.dropFirst() + names where other.lowercased() != name.lowercased()
            && !aliases.contains(where: { $0.lowercased() == other.lowercased() }) {
            aliases.append(other)
        }
        let id = RecordID.unique(RecordID.slug(name, fallback: "organization"), isTaken: organizationIDs.contains)
        let organization = Organization(
            id: id, name: name, aliases: aliases, provenance: provenance,
            notes: [Note(text: "\(Self.createdOrganizationNote) from \(importDescription): \(JSONWriter.quoted(first)) matched no organization in the dataset.",
                         provenance: provenance)])
        appendOrganization(organization)
        noteAdded(.organization, id)
        return id
    }

    /// Renames an organization an import created when `spelling` writes the same name better
    /// (`Sao10K` over `sao10k`: more capitals, then code-point order; a spelling without
    /// capitals is never better), so that its name does not
    /// depend on which list came first. Curated organizations and the names of
    /// `OrganizationSpellings` are left as they are.
    private mutating func settleCreatedOrganization(_ id: String, spelledAs spelling: String) {
        guard spelling.contains(where: \.isUppercase),
              let index = dataset.organizations.firstIndex(where: { $0.id == id }) else { return }
        var organization = dataset.organizations[index]
        guard organization.notes.contains(where: { $0.text.hasPrefix(Self.createdOrganizationNote) }),
              OrganizationSpellings.group(of: organization.name) == nil,
              NameKey.normalized(spelling) == NameKey.normalized(organization.name) else { return }
        let capitals = { (text: String) in text.filter(\.isUppercase).count }
        let better = capitals(spelling) != capitals(organization.name)
            ? capitals(spelling) > capitals(organization.name)
            : spelling.unicodeScalars.lexicographicallyPrecedes(organization.name.unicodeScalars)
        guard better else { return }
        organization.name = spelling
        dataset.organizations[index] = organization
        matcher.add(organization)
        noteUpdated(.organization, id)
    }

    private static let createdOrganizationNote = "Created by an import"

    /// The source's name for notes: the provenance's, else the import's.
    func sourceName(of provenance: Provenance) -> String {
        provenance.source ?? provenance.ref ?? context.sourceName
    }
}
