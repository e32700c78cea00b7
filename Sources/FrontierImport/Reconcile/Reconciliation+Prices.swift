import Foundation
import FrontierCore

/// A price line: one model at one provider (nil for the developer's own API).
struct PriceLine: Hashable {
    var model: String
    var provider: String?
}

/// A listed price waiting for the rest of its import, so that the entries of one list that
/// price the same line are weighed together rather than in the list's order.
struct PendingPrice {
    var listing: ModelListing
    var price: ListedPrice
    var place: String
    /// The listing's position in the batch, for its account (`unchanged` or not).
    var entry: Int
}

extension Reconciliation {
    /// Holds a listed price for its line until every listing of the batch is matched; an
    /// invalid figure is reported at once.
    mutating func queue(_ price: ListedPrice, of listing: ModelListing, to modelID: String, place: String, entry: Int) {
        guard Self.isFigure(price.input), Self.isFigure(price.output), price.cachedInput.map(Self.isFigure) ?? true else {
            skipped.append(ImportWarning(place: place, reason: "price is not a non-negative number"))
            return
        }
        guard let modelIndex = modelIndex[modelID] else { return }
        let line = PriceLine(model: modelID, provider: providerKey(listing.provider, developer: dataset.models[modelIndex].org))
        if pendingPrices[line] == nil { pendingLines.append(line) }
        pendingPrices[line, default: []].append(PendingPrice(listing: listing, price: price, place: place, entry: entry))
    }

    /// Applies one price per line, in the order the lines were first met: the entry that
    /// speaks for the model itself (see `preferred`); the others are reported when they differ.
    ///
    /// Returns the entries whose price changed the dataset or was reported.
    mutating func applyQueuedPrices() -> Set<Int> {
        var touched: Set<Int> = []
        for line in pendingLines {
            guard let candidates = pendingPrices[line],
                  let chosen = candidates.map({ ($0, Self.rankKey($0)) }).min(by: Self.preferred)?.0 else { continue }
            let before = (changes: changeCount, skips: skipped.count)
            apply(chosen.price, of: chosen.listing, line: line, place: chosen.place)
            if changeCount != before.changes || skipped.count != before.skips { touched.insert(chosen.entry) }
            for other in candidates where other.entry != chosen.entry && !Self.samePrice(other.price, chosen.price) {
                skipped.append(ImportWarning(place: other.place, reason: "priced differently from \(chosen.place), which this import keeps for \(line.model)\(line.provider.map { " at \($0)" } ?? "") (the model's own name before snapshots, then no region)"))
                touched.insert(other.entry)
            }
        }
        pendingPrices = [:]
        pendingLines = []
        return touched
    }

    /// True when `a` speaks for its line before `b`: an entry named without a snapshot mark
    /// (`gpt-4o`, not `gpt-4o-2024-05-13`: the current price of a model is the price of what its
    /// name serves), then one without a region (`azure/gpt-4o`, not `azure/eu/gpt-4o`), then
    /// the later snapshot (by its key), then the entry that comes first in the list.
    private static func preferred(_ a: (PendingPrice, RankKey), _ b: (PendingPrice, RankKey)) -> Bool {
        let left = a.1, right = b.1
        if left.snapshot != right.snapshot { return !left.snapshot }
        if left.regions != right.regions { return left.regions < right.regions }
        if left.snapshot, left.key != right.key { return left.key > right.key }
        return a.0.entry < b.0.entry
    }

    private typealias RankKey = (snapshot: Bool, regions: Int, key: String)

    private static func rankKey(_ pending: PendingPrice) -> RankKey {
        let key = pending.listing.sourceID.isEmpty ? pending.listing.name : pending.listing.sourceID
        let name = NameKey.normalized(ListingName.display(pending.listing))
        let parts = key.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        return (NameKey.hasSnapshotSuffix(name), parts.dropLast().filter(HostNames.isHost).count, key)
    }

    /// Adds a listed price when it differs from the latest one the dataset has for the same
    /// line, closing that one (`until` the day before); an equal price is unchanged, so a
    /// daily import does not add a row a day. A row another importer owns is left to it unless
    /// this import outranks it (`PricePrecedence`), so two lists never take turns.
    private mutating func apply(_ price: ListedPrice, of listing: ModelListing, line: PriceLine, place: String) {
        let modelID = line.model
        guard let modelIndex = modelIndex[modelID] else { return }
        let developer = dataset.models[modelIndex].org
        let provider = line.provider == nil ? nil : listing.provider.map(ProviderNames.canonical)
        let id = RecordID.slug("price-\(modelID)-\(provider ?? developer)-\(price.asOf)")
        let source = stamped(listing.provenance).source

        // Tiered prices (`<=128K prompt`) are one of several lines; a plain list price is not their successor.
        let rows = (pricesByModel[modelID] ?? []).filter { index in
            let existing = dataset.prices[index]
            return existing.tier == nil && providerKey(existing.provider, developer: developer) == line.provider
        }
        var latest: Int?
        for index in rows where latest.map({ dataset.prices[index].asOf >= dataset.prices[$0].asOf }) ?? true {
            latest = index
        }
        if let latest {
            let existing = dataset.prices[latest]
            let owner = existing.provenance?.source
            let outranks = owner != source && PricePrecedence.rank(source: owner, provider: provider)
                .map { PricePrecedence.importRank(source: source, provider: provider) < $0 } ?? false
            if Self.samePrice(existing, price) {
                // The same figure from a source that ranks first: it becomes the row's owner, so
                // that a third source that ranks between them cannot take the row in turn.
                if outranks, existing.asOf == price.asOf { take(latest, price, of: listing) }
                return
            }
            if price.asOf < existing.asOf {
                skipped.append(ImportWarning(place: place, reason: "price as of \(price.asOf) is older than \(existing.id) (as of \(existing.asOf)); left as it is"))
                return
            }
            if owner != source, PricePrecedence.rank(source: owner, provider: provider) != nil {
                guard outranks else {
                    skipped.append(ImportWarning(place: place, reason: "price differs from \(existing.id), which \(owner ?? "another source") gave and which ranks first for this provider's prices; left as it is"))
                    return
                }
            } else if owner != source, price.asOf == existing.asOf {
                skipped.append(ImportWarning(place: place, reason: "price differs from \(existing.id) for the same day; left as it is"))
                return
            }
            if price.asOf == existing.asOf {
                // This source's own price for the day, or one it outranks: it is corrected in place.
                take(latest, price, of: listing)
                return
            }
        }

        let uniqueID = RecordID.unique(id, isTaken: priceIDs.contains)
        let provenance = priceProvenance(listing, price)
        appendPrice(Price(id: uniqueID, model: modelID, apiId: listing.sourceID, provider: provider,
                          input: price.input, cachedInput: price.cachedInput, output: price.output,
                          asOf: price.asOf, provenance: provenance))
        noteAdded(.price, uniqueID)
        if let latest { close(latest, before: price.asOf, replacedBy: uniqueID, provenance: provenance) }
    }

    /// Rewrites the row at `index` with the listed figures and provenance.
    private mutating func take(_ index: Int, _ price: ListedPrice, of listing: ModelListing) {
        var corrected = dataset.prices[index]
        corrected.input = price.input
        corrected.output = price.output
        corrected.cachedInput = price.cachedInput
        corrected.apiId = listing.sourceID
        corrected.provenance = priceProvenance(listing, price)
        guard corrected != dataset.prices[index] else { return }
        dataset.prices[index] = corrected
        noteUpdated(.price, corrected.id)
    }

    /// The listing's provenance for its price: dated as the price, with the price's own note
    /// rather than the listing's (which is about the model: "released is the day it was listed").
    private func priceProvenance(_ listing: ModelListing, _ price: ListedPrice) -> Provenance {
        var provenance = stamped(listing.provenance, asOf: price.asOf)
        provenance.note = price.note
        return provenance
    }

    /// Ends a superseded price the day before its successor, saying where the end date comes from.
    private mutating func close(_ index: Int, before day: DayDate, replacedBy successor: String, provenance: Provenance) {
        var price = dataset.prices[index]
        let lastDay = day.adding(days: -1) ?? day
        if let until = price.until, until <= lastDay { return }
        price.until = lastDay
        price.notes.append(Note(
            about: "until",
            text: "The day before \(sourceName(of: provenance)) listed a different price (\(successor)); the change may have come earlier.",
            provenance: provenance))
        dataset.prices[index] = price
        noteUpdated(.price, price.id)
    }

    /// Who serves at a price, comparable across spellings (`ProviderNames`): nil for the
    /// developer itself (which the dataset writes as no provider), else the organization id or
    /// the provider's canonical name.
    private func providerKey(_ provider: String?, developer: String) -> String? {
        guard let provider, provider.contains(where: { !$0.isWhitespace }) else { return nil }
        let canonical = ProviderNames.canonical(provider)
        // A spelling `ProviderNames` knows is looked up by its group's name alone: `vercel` is
        // the Vercel AI Gateway, not the organization that makes v0 (which an import may create).
        let known = canonical != provider.trimmingCharacters(in: .whitespaces)
        if let organization = matcher.organizations.id(for: canonical) ?? (known ? nil : matcher.organizations.id(for: provider)) {
            return organization == developer ? nil : organization
        }
        return canonical
    }

    /// Same input and output; a cached-input price only one side states does not make them differ,
    /// since many lists leave it out.
    private static func samePrice(_ existing: Price, _ listed: ListedPrice) -> Bool {
        sameFigures((existing.input, existing.output, existing.cachedInput), (listed.input, listed.output, listed.cachedInput))
    }

    private static func samePrice(_ a: ListedPrice, _ b: ListedPrice) -> Bool {
        sameFigures((a.input, a.output, a.cachedInput), (b.input, b.output, b.cachedInput))
    }

    private static func sameFigures(_ a: (input: Double, output: Double, cached: Double?),
                                    _ b: (input: Double, output: Double, cached: Double?)) -> Bool {
        guard same(a.input, b.input), same(a.output, b.output) else { return false }
        guard let cached = a.cached, let otherCached = b.cached else { return true }
        return same(cached, otherCached)
    }
}
