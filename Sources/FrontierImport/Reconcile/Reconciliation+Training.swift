import FrontierCore

extension Reconciliation {
    /// Keeps one estimated training run per model and source (`training-deepseek-v3-epoch-ai`),
    /// replaced when the source's figures change; other runs of the model are never touched.
    mutating func apply(_ training: ListedTraining, of listing: ModelListing, to modelID: String, place: String) {
        func figure(_ value: Double?, _ name: String) -> Double? {
            guard let value else { return nil }
            if Self.isFigure(value) { return value }
            skipped.append(ImportWarning(place: place, reason: "\(name) \(value) is not a non-negative number; left out"))
            return nil
        }
        let flop = figure(training.flop, "training compute")
        let cost = figure(training.costUSD, "training cost")
        let gpuHours = figure(training.gpuHours, "GPU-hours")
        let gpuType = training.gpuType.flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
        guard flop != nil || cost != nil || gpuHours != nil || gpuType != nil else { return }
        guard let modelIndex = modelIndex[modelID] else { return }

        let provenance = stamped(listing.provenance)
        let id = RecordID.slug("training-\(modelID)-\(RecordID.slug(sourceName(of: provenance), fallback: "import"))")
        var run = TrainingRun(id: id, model: modelID, org: dataset.models[modelIndex].org, gpuHours: gpuHours,
                              gpuType: gpuType, flop: flop, costUSD: cost, basis: .estimate,
                              method: training.costBasis, provenance: provenance)
        guard let index = trainingIndex[id] else {
            claimedTraining.insert(id)
            appendTraining(run)
            noteAdded(.training, id)
            return
        }
        let existing = dataset.training[index]
        guard existing.model == modelID else {
            skipped.append(ImportWarning(place: place, reason: "training run \(id) already belongs to \(existing.model ?? existing.label ?? "another record"); left as it is"))
            return
        }
        if existing.provenance?.status == .primary, provenance.status != .primary { return }
        let sameFigures = Self.same(existing.flop, flop) && Self.same(existing.costUSD, cost)
            && Self.same(existing.gpuHours, gpuHours) && existing.gpuType == gpuType && existing.method == training.costBasis
        // Two entries of one list for the same model: the first speaks for it, so that a
        // second import does not rewrite the run in turn.
        guard claimedTraining.insert(id).inserted else {
            if !sameFigures {
                skipped.append(ImportWarning(place: place, reason: "another entry of this import gave other figures for \(id); the first is kept"))
            }
            return
        }
        if Self.same(existing.flop, flop), Self.same(existing.costUSD, cost), Self.same(existing.gpuHours, gpuHours),
           existing.gpuType == gpuType, existing.method == training.costBasis {
            return
        }
        // The run is this source's; what a user added to it (notes, counts) stays.
        run.gpuCount = existing.gpuCount
        run.tokens = existing.tokens
        run.notes = existing.notes
        dataset.training[index] = run
        noteUpdated(.training, id)
    }
}
