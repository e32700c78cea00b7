/// One row of a `SearchTable`, packed: plain values and offsets into the table's shared arrays.
///
/// It holds no references, so reading it while filtering costs no reference counting and a
/// million rows take a few tens of megabytes in one allocation.
struct SearchRecord: Sendable {
    /// Numeric fields, in this order in the table's `figures` for each row that has any.
    enum Figure: Int, CaseIterable, Sendable {
        case params, active, context, priceInput, priceOutput, cost, gpuHours, flop
    }

    /// The lists of vocabulary entries a row refers to, in this order in the table's `references`.
    enum Reference: Int, CaseIterable, Sendable {
        case organizations, models, tags, sources, licenses
    }

    struct HeadlineScore: Sendable {
        var benchmark: Int32
        var value: Double
    }

    static let noDay = Int32.min

    var referenceStart: Int32 = 0
    /// Entries per `Reference`, in its order.
    var referenceCounts: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)
    /// Where this row's figures start in the table's `figures`, or -1 when it has none.
    var figureStart: Int32 = -1
    var scoreStart: Int32 = 0
    var scoreCount: UInt16 = 0
    /// Days since 1970-01-01, or `noDay`.
    var day: Int32 = SearchRecord.noDay
    var costKind: QueryTerm.CostKind?
    var openWeights: Bool?
    var reasoning: Bool?
    /// See `SearchRow.modality`.
    var modality: Int8 = -1
    var listed = false

    /// The offsets of the row's entries of one kind in the table's `references`.
    func range(of reference: Reference) -> Range<Int> {
        let (organizations, models, tags, sources, licenses) = referenceCounts
        var start = Int(referenceStart)
        let count: Int
        switch reference {
        case .organizations:
            count = Int(organizations)
        case .models:
            start += Int(organizations)
            count = Int(models)
        case .tags:
            start += Int(organizations) + Int(models)
            count = Int(tags)
        case .sources:
            start += Int(organizations) + Int(models) + Int(tags)
            count = Int(sources)
        case .licenses:
            start += Int(organizations) + Int(models) + Int(tags) + Int(sources)
            count = Int(licenses)
        }
        return start..<start + count
    }
}
