/// The head-to-head table of the compare view: one column per marked model, one row per figure.
///
/// Rows are every benchmark at least one of the models has a score for (in the dataset's
/// benchmark order), then the current prices, parameters, context, release date and licence.
/// Each score keeps who reported it, because a lab's number for its own model and a rival's
/// measurement of it are not the same claim.
public struct CompareTable: Hashable, Sendable {
    /// How a cell stands in its row.
    public enum Mark: Hashable, Sendable {
        /// The one best value of the row.
        case best
        /// One of two or more values equal to the best.
        case tiedBest
        case normal
        /// No value; the text is `Format.missing`, never 0.
        case missing
    }

    /// Which way a row is better, if it has a better at all (a release date does not).
    public enum Ranking: Hashable, Sendable {
        case higherIsBetter
        case lowerIsBetter
        case unranked
    }

    /// What a row holds, so callers can find a row without matching its label.
    public enum RowKind: Hashable, Sendable {
        case benchmark(String)
        case inputPrice
        case outputPrice
        case blendedPrice
        case parameters
        case context
        case released
        case license
    }

    /// One compared model.
    public struct Column: Hashable, Sendable {
        public var id: String
        public var name: String
        public var organization: String
    }

    /// One model's figure in a row, as shown, with how it ranks.
    public struct Cell: Hashable, Sendable {
        /// `59.1`, `$0.48`, `128K`, or `Format.missing`.
        public var text: String
        /// The number the cell is ranked by; nil when missing or unranked.
        public var value: Double?
        /// `self` when the model's own organization reported the figure, else the reporter's
        /// name (`DeepSeek`); nil when the dataset does not say or the row has no reporter.
        public var reporter: String?
        public var mark: Mark
    }

    /// One figure across the compared models.
    public struct Row: Hashable, Sendable {
        public var kind: RowKind
        /// What the row shows, with its unit: `GPQA Diamond %`, `Blended 3:1 $/1M`, `Context`.
        public var label: String
        /// The unit of the values (`%`, `rating`, `$/1M`), or nil for facts without one.
        public var unit: String?
        public var ranking: Ranking
        /// One cell per column, in column order.
        public var cells: [Cell]

        /// The columns holding the best value, one or more on a tie; empty when nothing is marked.
        public var winners: [Int] {
            cells.indices.filter { cells[$0].mark == .best || cells[$0].mark == .tiedBest }
        }
    }

    /// Values closer than this (relative to their size) count as equal, so arithmetic noise in a
    /// blended price never breaks a tie that the data means.
    public static let tolerance = 1e-9

    public var columns: [Column]
    public var rows: [Row]
    /// The token mix the blended price row was computed at.
    public var mix: TokenMix

    /// The table for `modelIDs` in that order; ids the dataset no longer holds are left out.
    public init(dataset: Dataset, index: DatasetIndex, modelIDs: [String], mix: TokenMix = .standard) {
        var seen = Set<String>()
        let models = modelIDs.compactMap { id in seen.insert(id).inserted ? index.models[id] : nil }
        self.mix = mix
        columns = models.map { Column(id: $0.id, name: $0.name, organization: index.organizationName($0.org)) }

        var rows: [Row] = []
        for benchmark in dataset.benchmarks {
            let scores = models.map { $0.headlineScore(for: benchmark.id) }
            guard scores.contains(where: { $0 != nil }) else { continue }
            let cells = zip(models, scores).map { model, score in
                Cell(text: score.map { Format.score($0.value, unit: benchmark.unit) } ?? Format.missing,
                     value: score?.value,
                     reporter: score?.provenance?.reportedBy.map { Self.reporterText($0, owner: model.org, index: index) },
                     mark: score == nil ? .missing : .normal)
            }
            rows.append(Row(kind: .benchmark(benchmark.id), label: benchmark.titleWithUnit, unit: benchmark.unit,
                            ranking: benchmark.higherIsBetter ? .higherIsBetter : .lowerIsBetter, cells: cells))
        }

        let prices = models.map { index.currentPrice[$0.id] }
        func priceRow(_ kind: RowKind, _ label: String, _ amount: (Price) -> Double) -> Row {
            let cells = prices.map { price in
                let value = price.map(amount)
                return Cell(text: value.map(Format.price) ?? Format.missing, value: value, reporter: nil,
                            mark: value == nil ? .missing : .normal)
            }
            return Row(kind: kind, label: label, unit: "$/1M", ranking: .lowerIsBetter, cells: cells)
        }
        rows.append(priceRow(.inputPrice, "Input $/1M", \.input))
        rows.append(priceRow(.outputPrice, "Output $/1M", \.output))
        rows.append(priceRow(.blendedPrice, "Blended \(mix) $/1M", mix.blended))

        func textRow(_ kind: RowKind, _ label: String, ranking: Ranking = .unranked,
                     _ cell: (Model) -> (text: String?, value: Double?)) -> Row {
            let cells = models.map { model in
                let (text, value) = cell(model)
                return Cell(text: text ?? Format.missing, value: value, reporter: nil, mark: text == nil ? .missing : .normal)
            }
            return Row(kind: kind, label: label, unit: nil, ranking: ranking, cells: cells)
        }
        rows.append(textRow(.parameters, "Parameters") { model in
            let text = ModelsTable.parametersText(model.parameters)
            return (text == Format.missing ? nil : text, nil)
        })
        // A longer context is a capability, so it is ranked; a bigger model or a later date is not better.
        rows.append(textRow(.context, "Context", ranking: .higherIsBetter) { model in
            (model.context.map { Format.tokens($0) }, model.context.map(Double.init))
        })
        rows.append(textRow(.released, "Released") { model in (model.released.description, nil) })
        rows.append(textRow(.license, "Licence") { model in (model.license.map(ModelsTable.weightsText), nil) })

        self.rows = rows.map { row in
            var row = row
            let marks = Self.marks(row.cells.map(\.value), ranking: row.ranking)
            for (column, mark) in marks.enumerated() where mark == .best || mark == .tiedBest {
                row.cells[column].mark = mark
            }
            return row
        }
    }

    /// Marks the best of `values` in a row.
    ///
    /// A best is only marked when at least two values exist: a lone score is not a win, and
    /// highlighting it would read as one. Values equal to the best within `tolerance` are all
    /// `tiedBest`. Missing values are `.missing`; an unranked row marks nothing.
    public static func marks(_ values: [Double?], ranking: Ranking) -> [Mark] {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        let best: Double?
        switch ranking {
        case .higherIsBetter: best = present.max()
        case .lowerIsBetter: best = present.min()
        case .unranked: best = nil
        }
        guard let best, present.count >= 2 else {
            return values.map { $0 == nil ? .missing : .normal }
        }
        let winners = values.filter { $0.map { equal($0, best) } ?? false }.count
        return values.map { value in
            guard let value else { return .missing }
            guard equal(value, best) else { return .normal }
            return winners > 1 ? .tiedBest : .best
        }
    }

    static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }

    /// `self` for the model's own organization, else the reporter's name.
    static func reporterText(_ reporter: String, owner: String, index: DatasetIndex) -> String {
        reporter == owner ? "self" : index.organizationName(reporter)
    }
}
