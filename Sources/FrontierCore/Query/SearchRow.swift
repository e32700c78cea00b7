/// What a query can ask about one row, as the index builder collects it before `SearchTable`
/// packs it into shared arrays.
///
/// References are entries of the index's vocabularies; a figure the row lacks is NaN, so a
/// comparison on it is false without a special case per field.
struct SearchRow {

    var organizations: [Int32] = []
    var models: [Int32] = []
    var tags: [Int32] = []
    var sources: [Int32] = []
    var licenses: [Int32] = []
    /// Days since 1970-01-01, or `noDay`.
    var day: Int32 = SearchRecord.noDay
    var costKind: QueryTerm.CostKind?
    var openWeights: Bool?
    var reasoning: Bool?
    /// The row's model's place in `Model.modalities`, or -1 for a row without a model.
    var modality: Int8 = -1
    /// The row is a listed model (`Model.isListed`) or a cost row of one.
    var listed = false
    /// Empty when the row has no figures at all (news), which costs no allocation.
    var figures: [Double] = []
    var scores: [SearchRecord.HeadlineScore] = []

    mutating func set(_ figure: SearchRecord.Figure, _ value: Double?) {
        guard let value else { return }
        if figures.isEmpty { figures = Array(repeating: .nan, count: SearchRecord.Figure.allCases.count) }
        figures[figure.rawValue] = value
    }

    /// What the row's model makes and whether only a list knows it.
    mutating func setModel(_ model: Model) {
        modality = Int8(clamping: model.modality)
        listed = model.isListed
    }

    mutating func set(day date: DayDate?) {
        if let date { day = Int32(clamping: date.daysSinceEpoch) }
    }
}
