import Foundation
import FrontierCore

extension Reconciliation {
    /// Adds a listed price when it differs from the latest one the dataset has for the same model
    /// and provider, closing that one (`until` the day before); an equal price is unchanged, so a
    /// daily import does not add a row a day.
    mutating func apply(_ price: ListedPrice, of listing: ModelListing, to modelID: String, place: String) {
        guard Self.isFigure(price.input), Self.isFigure(price.output), price.cachedInput.map(Self.isFigure) ?? true else {
            skipped.append(ImportWarning(place: place, reason: "price is not a non-negative number"))
            return
        }
        guard let modelIndex = modelIndex[modelID] else { return }
        let developer = dataset.models[modelIndex].org
        let providerKey = self.providerKey(listing.provider, developer: developer)
        let provider = providerKey == nil ? nil : listing.provider?.trimmingCharacters(in: .whitespaces)
        let id = RecordID.slug("price-\(modelID)-\(provider ?? developer)-\(price.asOf)")

        // Tiered prices (`<=128K prompt`) are one of several lines; a plain list price is not their successor.
        let line = (pricesByModel[modelID] ?? []).filter { index in
            let existing = dataset.prices[index]
            return existing.tier == nil
                && self.providerKey(existing.provider, developer: developer) == providerKey
        }
        var latest: Int?
        for index in line where latest.map({ dataset.prices[index].asOf >= dataset.prices[$0].asOf }) ?? true {
            latest = index
        }
        if let latest {
            let existing = dataset.prices[latest]
            if Self.samePrice(existing, price) { return }
            if price.asOf < existing.asOf {
                skipped.append(ImportWarning(place: place, reason: "price as of \(price.asOf) is older than \(existing.id) (as of \(existing.asOf)); left as it is"))
                return
            }
            if price.asOf == existing.asOf {
                if wasAdded(.price, existing.id) {
                    skipped.append(ImportWarning(place: place, reason: "another entry of this import gave a different price for the same day (\(existing.id)); the first is kept"))
                    return
                }
                guard existing.id == id else {
                    skipped.append(ImportWarning(place: place, reason: "price differs from \(existing.id) for the same day; left as it is"))
                    return
                }
                // This source's own price for the day, from an earlier run: the source corrected it.
                var corrected = existing
                corrected.input = price.input
                corrected.output = price.output
                corrected.cachedInput = price.cachedInput
                corrected.provenance = priceProvenance(listing, price)
                dataset.prices[latest] = corrected
                noteUpdated(.price, existing.id)
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

    /// Ends a superseded price the day before its successor, saying where the end date comes from.
    /// The listing's provenance for its price: dated as the price, with the price's own note
    /// rather than the listing's (which is about the model: "released is the day it was listed").
    private func priceProvenance(_ listing: ModelListing, _ price: ListedPrice) -> Provenance {
        var provenance = stamped(listing.provenance, asOf: price.asOf)
        provenance.note = price.note
        return provenance
    }

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

    /// Who serves at a price, comparable across spellings: nil for the developer itself (which the
    /// dataset writes as no provider), else the organization id or the normalized name.
    private func providerKey(_ provider: String?, developer: String) -> String? {
        guard let provider, provider.contains(where: { !$0.isWhitespace }) else { return nil }
        if let organization = matcher.organizations.id(for: provider) {
            return organization == developer ? nil : organization
        }
        return NameKey.normalized(provider)
    }

    /// Same input and output; a cached-input price only one side states does not make them differ,
    /// since many lists leave it out.
    private static func samePrice(_ existing: Price, _ listed: ListedPrice) -> Bool {
        guard same(existing.input, listed.input), same(existing.output, listed.output) else { return false }
        guard let cached = existing.cachedInput, let listedCached = listed.cachedInput else { return true }
        return same(cached, listedCached)
    }
}
