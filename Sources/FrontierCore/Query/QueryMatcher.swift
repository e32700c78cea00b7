/// A query bound to one pane of a `SearchIndex`: field values resolved to vocabulary entries,
/// benchmarks to indexes, dates to day numbers, and words optionally searched ahead of time.
///
/// Built once per filter call. The tree is kept as an array of plain nodes that refer to each
/// other by index, and the answers for words and field values live in flat arrays beside it, so
/// evaluating a row reads values and never touches a reference count.
struct QueryMatcher {
    private enum Node {
        case constant(Bool)
        /// Needle `slot`; with a whole-pane search its answers are in `hits[slot * rowCount + row]`.
        case text(slot: Int)
        /// True when one of the row's entries has `entryMatches[offset + entry]` set.
        case entity(SearchRecord.Reference, offset: Int)
        case openWeights(Bool)
        case reasoning(Bool)
        case costKind(QueryTerm.CostKind)
        case modality(Int8)
        case listed
        case figure(SearchRecord.Figure, NumberTest)
        case blendedPrice(NumberTest, TokenMix)
        case score(Int32, NumberTest)
        /// True when the row has a day and it is inside `lower...upper` (or outside, for `!=`).
        case day(lower: Int32, upper: Int32, inside: Bool)
        case not(Int)
        /// Children are `children[start..<start + count]`.
        case and(start: Int, count: Int)
        case or(start: Int, count: Int)
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
            case .less: return figure < value && !isEqual(figure)
            case .lessOrEqual: return figure <= value || isEqual(figure)
            case .greater: return figure > value && !isEqual(figure)
            case .greaterOrEqual: return figure >= value || isEqual(figure)
            }
        }

        /// Equal up to rounding, so `price.out=2.19` finds 2.19 however it was computed; a context
        /// size also equals the binary reading of the number (128k is 128,000 and 131,072).
        private func isEqual(_ figure: Double) -> Bool {
            func close(_ target: Double) -> Bool { abs(figure - target) <= 1e-9 * max(1, abs(target)) }
            return close(value) || alternative.map(close) == true
        }
    }

    private let table: SearchTable
    private var nodes: [Node] = []
    private var children: [Int] = []
    private var needles: [SearchNeedle] = []
    private var hits: [Bool] = []
    private var entryMatches: [Bool] = []
    private var root = 0

    /// - Parameter parts: how many parts a whole-pane text search runs in at once (nil: by size).
    init(_ query: QueryNode, index: SearchIndex, table: SearchTable, mix: TokenMix, searchWholePane: Bool, parts: Int? = nil) {
        self.table = table
        root = compile(query, index: index, mix: mix)
        if searchWholePane {
            hits.reserveCapacity(needles.count * table.count)
            for needle in needles { hits += table.text.rowsContaining(needle, parts: parts) }
        }
    }

    func matches(_ position: Int) -> Bool {
        evaluate(root, position)
    }

    private func evaluate(_ node: Int, _ position: Int) -> Bool {
        switch nodes[node] {
        case let .constant(value):
            return value
        case let .text(slot):
            return hits.isEmpty ? table.text.row(position, contains: needles[slot]) : hits[slot * table.count + position]
        case let .entity(reference, offset):
            return table.records[position].range(of: reference).contains { entryMatches[offset + Int(table.references[$0])] }
        case let .openWeights(expected):
            return table.records[position].openWeights == expected
        case let .reasoning(expected):
            return table.records[position].reasoning == expected
        case let .costKind(kind):
            return table.records[position].costKind == kind
        case let .modality(modality):
            return table.records[position].modality == modality
        case .listed:
            return table.records[position].listed
        case let .figure(figure, test):
            return test.accepts(table.figure(figure, of: table.records[position]))
        case let .blendedPrice(test, mix):
            let record = table.records[position]
            let input = table.figure(.priceInput, of: record)
            let output = table.figure(.priceOutput, of: record)
            let total = mix.input + mix.output
            return test.accepts(total > 0 ? (input * mix.input + output * mix.output) / total : input)
        case let .score(benchmark, test):
            let record = table.records[position]
            let start = Int(record.scoreStart)
            guard let score = table.scores[start..<start + Int(record.scoreCount)].first(where: { $0.benchmark == benchmark })
            else { return false }
            return test.accepts(score.value)
        case let .day(lower, upper, inside):
            let day = table.records[position].day
            guard day != SearchRecord.noDay else { return false }
            return (lower...upper).contains(day) == inside
        case let .not(inner):
            return !evaluate(inner, position)
        case let .and(start, count):
            for child in start..<start + count where !evaluate(children[child], position) { return false }
            return true
        case let .or(start, count):
            for child in start..<start + count where evaluate(children[child], position) { return true }
            return false
        }
    }

    // MARK: - Compiling

    private mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    private mutating func compile(_ node: QueryNode, index: SearchIndex, mix: TokenMix) -> Int {
        switch node {
        case let .text(text):
            let needle = table.text.needle(text)
            if needle.isEmpty { return add(.constant(true)) }
            needles.append(needle)
            return add(.text(slot: needles.count - 1))
        case let .term(term):
            return compile(term, index: index, mix: mix)
        case let .not(inner):
            let compiled = compile(inner, index: index, mix: mix)
            return add(.not(compiled))
        case let .and(nodes), let .or(nodes):
            let compiled = nodes.map { compile($0, index: index, mix: mix) }
            let start = children.count
            children += compiled
            if case .and = node { return add(.and(start: start, count: compiled.count)) }
            return add(.or(start: start, count: compiled.count))
        }
    }

    private mutating func entity(_ reference: SearchRecord.Reference, _ vocabulary: SearchVocabulary, _ value: String) -> Node {
        let offset = entryMatches.count
        entryMatches += vocabulary.matching(value)
        return .entity(reference, offset: offset)
    }

    private mutating func compile(_ term: QueryTerm, index: SearchIndex, mix: TokenMix) -> Int {
        switch term.value {
        case let .text(value):
            let node: Node
            switch term.field {
            case .org: node = entity(.organizations, index.organizations, value)
            case .model: node = entity(.models, index.models, value)
            case .source: node = entity(.sources, index.sources, value)
            case .tag: node = entity(.tags, index.tags, value)
            case .license: node = entity(.licenses, index.licenses, value)
            default: node = .constant(false)
            }
            // For text, `!=` is plain negation: a row with no organization is not DeepSeek's.
            guard term.comparison == .notEqual else { return add(node) }
            let inner = add(node)
            return add(.not(inner))
        case let .flag(expected):
            // A row that does not say (a news item, a model without a licence) matches neither value.
            let wanted = term.comparison == .notEqual ? !expected : expected
            return add(term.field == .reasoning ? .reasoning(wanted) : .openWeights(wanted))
        case let .costKind(kind):
            return add(.costKind(term.comparison == .notEqual ? (kind == .price ? .training : .price) : kind))
        case let .modality(index):
            let node = add(.modality(Int8(clamping: index)))
            return term.comparison == .notEqual ? add(.not(node)) : node
        case .listed:
            let node = add(.listed)
            return term.comparison == .notEqual ? add(.not(node)) : node
        case let .number(value, alternative):
            let test = NumberTest(comparison: term.comparison, value: value, alternative: alternative)
            switch term.field {
            case .params: return add(.figure(.params, test))
            case .active: return add(.figure(.active, test))
            case .context: return add(.figure(.context, test))
            case .priceInput: return add(.figure(.priceInput, test))
            case .priceOutput: return add(.figure(.priceOutput, test))
            case .cost: return add(.figure(.cost, test))
            case .gpuHours: return add(.figure(.gpuHours, test))
            case .flop: return add(.figure(.flop, test))
            case .price: return add(.blendedPrice(test, mix))
            case let .benchmark(id):
                guard let benchmark = index.benchmarks[id] else { return add(.constant(false)) }
                return add(.score(benchmark, test))
            default: return add(.constant(false))
            }
        case let .dates(first, last):
            let low = first.map { Int32(clamping: $0.daysSinceEpoch) }
            let high = last.map { Int32(clamping: $0.daysSinceEpoch) }
            let earliest = SearchRecord.noDay + 1
            let latest = Int32.max - 1
            func days(_ lower: Int32, _ upper: Int32, inside: Bool = true) -> Node {
                lower <= upper ? .day(lower: lower, upper: upper, inside: inside) : .constant(!inside)
            }
            switch term.comparison {
            case .matches, .equal: return add(days(low ?? earliest, high ?? latest))
            case .notEqual: return add(days(low ?? earliest, high ?? latest, inside: false))
            case .greaterOrEqual: return add(days(low ?? earliest, latest))
            case .greater: return add(days((high ?? earliest) + 1, latest))
            case .less: return add(days(earliest, (low ?? latest) - 1))
            case .lessOrEqual: return add(days(earliest, high ?? latest))
            }
        }
    }
}
