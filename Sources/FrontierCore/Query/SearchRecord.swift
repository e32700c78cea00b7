/// What a query can ask about one row, resolved from the dataset when the index is built.
///
/// References are entries of the index's vocabularies; a figure the row lacks is NaN (or the
/// array is empty), so a comparison on it is false without a special case per field.
struct SearchRecord: Sendable {
    /// Numeric fields, stored by position in `figures`.
    enum Figure: Int, CaseIterable {
        case params, active, context, priceInput, priceOutput, cost, gpuHours, flop
    }

    struct HeadlineScore: Sendable {
        var benchmark: Int32
        var value: Double
    }

    static let noDay = Int32.min

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
    /// Empty when the row has no figures at all (news), which costs no allocation.
    var figures: [Double] = []
    var scores: [HeadlineScore] = []

    func figure(_ figure: Figure) -> Double {
        figure.rawValue < figures.count ? figures[figure.rawValue] : .nan
    }

    mutating func set(_ figure: Figure, _ value: Double?) {
        guard let value else { return }
        if figures.isEmpty { figures = Array(repeating: .nan, count: Figure.allCases.count) }
        figures[figure.rawValue] = value
    }

    mutating func set(day date: DayDate?) {
        if let date { day = Int32(clamping: date.daysSinceEpoch) }
    }
}
