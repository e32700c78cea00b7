/// What a change to a dataset adds to its journal, when a journal can say it.
///
/// A journal can only add records or replace them by id, and the merge rule decides where they
/// land: a replaced record stays in its place, a new one goes last. So a change fits the journal
/// when it touches nothing but news and sources, removes none of them, and leaves every kept
/// one in its place; anything else (a model, a price, an organization, training, the title)
/// is a change to the catalogue, and the dataset is written whole.
public enum JournalDelta {
    /// The records to append, sources first (news cite them), each added or changed one once;
    /// nil when the change does not fit the journal. Empty when nothing changed.
    public static func records(from old: Dataset, to new: Dataset) -> [DatasetRecord]? {
        guard old.schema == new.schema, old.title == new.title, old.description == new.description,
              old.organizations == new.organizations, old.benchmarks == new.benchmarks, old.models == new.models,
              old.training == new.training, old.prices == new.prices,
              let sources = appended(old.sources, new.sources, id: \.id),
              let news = appended(old.news, new.news, id: \.id) else { return nil }
        return sources.map(DatasetRecord.source) + news.map(DatasetRecord.news)
    }

    /// The elements of `new` that differ from `old` or follow it, when `new` keeps every
    /// element of `old` in its place; nil otherwise.
    private static func appended<Records: RandomAccessCollection>(_ old: Records, _ new: Records, id: (Records.Element) -> String)
        -> [Records.Element]? where Records.Element: Equatable, Records.Index == Int {
        guard new.count >= old.count else { return nil }
        var changed: [Records.Element] = []
        for index in old.indices {
            guard id(new[index]) == id(old[index]) else { return nil }
            if new[index] != old[index] { changed.append(new[index]) }
        }
        return changed + new[old.count...]
    }
}
