/// Data that arrived while live updates were paused (`p`), waiting to go on screen.
///
/// Only the newest data is kept, because each arrival holds all of the data; the problems of
/// every arrival are kept, because each names records its own data left out.
struct HeldUpdate: Sendable {
    var dataset: Dataset
    var derived: DerivedData?
    var problems: [Diagnostic]

    /// This update replaced by a newer arrival, keeping the problems of both.
    func superseded(by dataset: Dataset, derived: DerivedData?, problems: [Diagnostic]) -> HeldUpdate {
        HeldUpdate(dataset: dataset, derived: derived, problems: self.problems + problems)
    }
}
