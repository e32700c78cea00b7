/// A query bound to one pane of a `SearchIndex`: field values resolved to vocabulary entries,
/// benchmarks to indexes, dates to day numbers, and words optionally searched ahead of time.
///
/// Built once per filter call, so the work per row is comparing small integers and doubles.
struct QueryMatcher {
    private indirect enum Node {
        case constant(Bool)
        /// `hits` holds the answer for every row when the whole pane was searched up front.
        case text(SearchNeedle, hits: [Bool]?)
        case entity(Reference, matching: [Bool])
        case openWeights(Bool)
        case reasoning(Bool)
        case costKind(QueryTerm.CostKind)
        case figure(SearchRecord.Figure, NumberTest)
        case blendedPrice(NumberTest, TokenMix)
        case score(Int32, NumberTest)
        /// True when the row has a day and it is inside the range (or outside, for `!=`).
        case day(ClosedRange<Int32>, inside: Bool)
        case not(Node)
        case and([Node])
        case or([Node])
    }

    /// Which list of vocabulary entries a text field looks at (a switch is cheaper per row than a key path).
    private enum Reference {
        case organizations, models, sources, tags, licenses

        func entries(of record: SearchRecord) -> [Int32] {
            switch self {
            case .organizations: return record.organizations
            case .models: return record.models
            case .sources: return record.sources
            case .tags: return record.tags
            case .licenses: return record.licenses
            }
        }
    }

    private struct NumberTest {
        var comparison: QueryComparison
        var value: Double
        var alternative: Double?

        func accepts(_ figure: Double) -> Bool {
            guard !figure.isNaN else { return false }
            switch comparison {
            case .matches, .equal: return isEqual(figure)
            case .notEqual: return !isEqual(figure)
            case .less: return figure < value
            case .lessOrEqual: return figure <= value || isEqual(figure)
            case .greater: return figure > value && !isEqual(figure)
            case .greaterOrEqual: return figure >= value || isEqual(figure)
            }
        }

        /// Equal up to rounding, so `price.out=2.19` finds 2.19 however it was computed.
        private func isEqual(_ figure: Double) -> Bool {
            func close(_ target: Double) -> Bool { abs(figure - target) <= 1e-9 * max(1, abs(target)) }
            return close(value) || alternative.map(close) == true
        }
    }

    private let root: Node
    private let table: SearchTable

    init(_ query: QueryNode, index: SearchIndex, table: SearchTable, mix: TokenMix, searchWholePane: Bool) {
        self.table = table
        root = Self.compile(query, index: index, table: table, mix: mix, searchWholePane: searchWholePane)
    }

    func matches(_ position: Int) -> Bool {
        evaluate(root, table.records[position], position)
    }

    private func evaluate(_ node: Node, _ record: SearchRecord, _ position: Int) -> Bool {
        switch node {
        case let .constant(value): return value
        case let .text(needle, hits): return hits?[position] ?? table.text.row(position, contains: needle)
        case let .entity(reference, matching): return reference.entries(of: record).contains { matching[Int($0)] }
        case let .openWeights(expected): return record.openWeights == expected
        case let .reasoning(expected): return record.reasoning == expected
        case let .costKind(kind): return record.costKind == kind
        case let .figure(figure, test): return test.accepts(record.figure(figure))
        case let .blendedPrice(test, mix):
            let input = record.figure(.priceInput)
            let output = record.figure(.priceOutput)
            let total = mix.input + mix.output
            return test.accepts(total > 0 ? (input * mix.input + output * mix.output) / total : input)
        case let .score(benchmark, test):
            guard let score = record.scores.first(where: { $0.benchmark == benchmark }) else { return false }
            return test.accepts(score.value)
        case let .day(range, inside):
            guard record.day != SearchRecord.noDay else { return false }
            return range.contains(record.day) == inside
        case let .not(inner): return !evaluate(inner, record, position)
        case let .and(nodes): return nodes.allSatisfy { evaluate($0, record, position) }
        case let .or(nodes): return nodes.contains { evaluate($0, record, position) }
        }
    }

    // MARK: - Compiling

    private static func compile(_ node: QueryNode, index: SearchIndex, table: SearchTable, mix: TokenMix,
                                searchWholePane: Bool) -> Node {
        func recurse(_ node: QueryNode) -> Node {
            compile(node, index: index, table: table, mix: mix, searchWholePane: searchWholePane)
        }
        switch node {
        case let .text(text):
            let needle = SearchNeedle(text)
            if needle.isEmpty { return .constant(true) }
            return .text(needle, hits: searchWholePane ? table.text.rowsContaining(needle) : nil)
        case let .term(term): return compile(term, index: index, mix: mix)
        case let .not(inner): return .not(recurse(inner))
        case let .and(nodes): return .and(nodes.map(recurse))
        case let .or(nodes): return .or(nodes.map(recurse))
        }
    }

    private static func compile(_ term: QueryTerm, index: SearchIndex, mix: TokenMix) -> Node {
        switch term.value {
        case let .text(value):
            let node: Node
            switch term.field {
            case .org: node = .entity(.organizations, matching: index.organizations.matching(value))
            case .model: node = .entity(.models, matching: index.models.matching(value))
            case .source: node = .entity(.sources, matching: index.sources.matching(value))
            case .tag: node = .entity(.tags, matching: index.tags.matching(value))
            case .license: node = .entity(.licenses, matching: index.licenses.matching(value))
            default: node = .constant(false)
            }
            // For text, `!=` is plain negation: a row with no organization is not DeepSeek's.
            return term.comparison == .notEqual ? .not(node) : node
        case let .flag(expected):
            // A row that does not say (a news item, a model without a licence) matches neither value.
            let wanted = term.comparison == .notEqual ? !expected : expected
            return term.field == .reasoning ? .reasoning(wanted) : .openWeights(wanted)
        case let .costKind(kind):
            return term.comparison == .notEqual ? .costKind(kind == .price ? .training : .price) : .costKind(kind)
        case let .number(value, alternative):
            let test = NumberTest(comparison: term.comparison, value: value, alternative: alternative)
            switch term.field {
            case .params: return .figure(.params, test)
            case .active: return .figure(.active, test)
            case .context: return .figure(.context, test)
            case .priceInput: return .figure(.priceInput, test)
            case .priceOutput: return .figure(.priceOutput, test)
            case .cost: return .figure(.cost, test)
            case .gpuHours: return .figure(.gpuHours, test)
            case .flop: return .figure(.flop, test)
            case .price: return .blendedPrice(test, mix)
            case let .benchmark(id):
                guard let benchmark = index.benchmarks[id] else { return .constant(false) }
                return .score(benchmark, test)
            default: return .constant(false)
            }
        case let .dates(first, last):
            let low = first.map { Int32(clamping: $0.daysSinceEpoch) }
            let high = last.map { Int32(clamping: $0.daysSinceEpoch) }
            let earliest = SearchRecord.noDay + 1
            let latest = Int32.max - 1
            func days(_ lower: Int32, _ upper: Int32, inside: Bool = true) -> Node {
                lower <= upper ? .day(lower...upper, inside: inside) : .constant(!inside)
            }
            switch term.comparison {
            case .matches, .equal: return days(low ?? earliest, high ?? latest)
            case .notEqual: return days(low ?? earliest, high ?? latest, inside: false)
            case .greaterOrEqual: return days(low ?? earliest, latest)
            case .greater: return days((high ?? earliest) + 1, latest)
            case .less: return days(earliest, (low ?? latest) - 1)
            case .lessOrEqual: return days(earliest, high ?? latest)
            }
        }
    }
}
