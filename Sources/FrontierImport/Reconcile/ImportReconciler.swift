import FrontierCore

/// Applies what an importer read to a dataset: matches names to models, adds prices, training
/// estimates and news, and accounts for every entry.
///
/// Importers only translate formats; identity is decided here, in one place, so that every
/// source follows the same rules: a listing is applied only to a model it names exactly (by id,
/// name or alias) or by its normalized name, never to one it merely resembles. See
/// `ModelMatcher` for the matching rules and `ImportOutcome` for the account.
public struct ImportReconciler: Sendable {
    private let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// Matches the batch's names against the dataset and returns the dataset with the batch applied.
    public func apply(_ batch: ImportBatch, context: ImportContext) -> ImportOutcome {
        let batch = batch.withinCeilings()
        var reconciliation = Reconciliation(dataset: dataset, context: context, skipped: batch.skipped)
        reconciliation.apply(listings: batch.listings)
        if !batch.news.isEmpty { reconciliation.apply(news: batch.news) }
        return reconciliation.outcome()
    }
}
