import FrontierCore

extension ImportBatch {
    /// The batch without figures above their `ValueCeiling`, each left out with a warning.
    ///
    /// A listing is untrusted: one price of 1e19 per 1M tokens written into the dataset would
    /// make it fail validation (or, before the ceilings, crash every reader). The figure goes;
    /// the listing and its other figures stay.
    func withinCeilings() -> ImportBatch {
        var batch = self
        for index in batch.listings.indices {
            var listing = batch.listings[index]
            var warnings: [String] = []
            func keep(_ value: Double?, _ noun: String, _ ceiling: Double) -> Bool {
                // Not finite or negative: the reconciler's own checks say so.
                guard let value, value.isFinite else { return true }
                guard value <= ceiling else {
                    warnings.append("\(noun) \(Format.scientific(value)) is above the ceiling of \(Format.scientific(ceiling)); left out")
                    return false
                }
                return true
            }
            if let price = listing.price,
               !(keep(price.input, "input price", ValueCeiling.price) && keep(price.output, "output price", ValueCeiling.price)
                   && keep(price.cachedInput, "cached input price", ValueCeiling.price)) {
                listing.price = nil
            }
            if !keep(listing.parameters, "parameter count", ValueCeiling.parameters) { listing.parameters = nil }
            if !keep(listing.context.map(Double.init), "context", ValueCeiling.context) { listing.context = nil }
            if var training = listing.training {
                if !keep(training.flop, "training compute (FLOP)", ValueCeiling.flop) { training.flop = nil }
                if !keep(training.costUSD, "training cost (USD)", ValueCeiling.trainingCost) {
                    training.costUSD = nil
                    training.costBasis = nil
                }
                if !keep(training.gpuHours, "GPU-hours", ValueCeiling.gpuHours) { training.gpuHours = nil }
                listing.training = training
            }
            batch.listings[index] = listing
            batch.skipped += warnings.map { ImportWarning(place: listing.sourceID, reason: $0) }
        }
        return batch
    }
}
