/// Checks the rules that need the merged dataset: references between records and score ranges.
struct DatasetValidator {
    private let ids: [RecordKind: [String]]
    private let idSets: [RecordKind: Set<String>]
    private let organizationIDs: Set<String>
    private let modelIDs: Set<String>
    private let sourceIDs: Set<String>
    private let benchmarks: [String: Benchmark]

    /// `declared` adds ids of records that were left out for problems of their own: a reference
    /// to such a record is not also reported as unknown, since the record's own problem says it all.
    init(dataset: Dataset, declared: [RecordKind: Set<String>] = [:]) {
        // Only these kinds are referred to; news, prices and training runs have many more
        // records and no reference names one.
        let ids: [RecordKind: [String]] = [
            .source: dataset.sources.map(\.id),
            .organization: dataset.organizations.map(\.id),
            .benchmark: dataset.benchmarks.map(\.id),
            .model: dataset.models.map(\.id),
        ]
        self.ids = ids
        let sets = ids.mapValues(Set.init).merging(declared.filter { ids[$0.key] != nil }) { $0.union($1) }
        idSets = sets
        organizationIDs = sets[.organization] ?? []
        modelIDs = sets[.model] ?? []
        sourceIDs = sets[.source] ?? []
        benchmarks = Dictionary(dataset.benchmarks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when every reference of a news item the scanner read resolves: the references
    /// `FieldReader.newsItem()` makes checks for, and no others.
    ///
    /// `lists` remembers lists already looked up, by their storage: items read from one file
    /// share their lists (`DatasetScanner`; one list may be the organizations of one item and
    /// the models of another, so organizations and models are remembered apart), and while the
    /// items are alive a list's storage stands for its contents.
    /// The item is read in place, field by field: passed as a value from its array it would be
    /// copied whole (a retain and release per field).
    func resolves(at item: UnsafePointer<NewsItem>, lists: inout ResolvedLists) -> Bool {
        guard item.pointee.notes.isEmpty else { return false }
        if let provenance = item.pointee.provenance {
            if let ref = provenance.ref, !sourceIDs.contains(ref) { return false }
            if let reporter = provenance.reportedBy, !organizationIDs.contains(reporter) { return false }
        }
        func all(_ ids: [String], in set: Set<String>, _ known: inout [UnsafeRawPointer: Bool]) -> Bool {
            ids.withUnsafeBufferPointer { buffer in
                guard let start = buffer.baseAddress, !buffer.isEmpty else { return true }
                if let found = known[UnsafeRawPointer(start)] { return found }
                let found = buffer.allSatisfy(set.contains)
                known[UnsafeRawPointer(start)] = found
                return found
            }
        }
        return all(item.pointee.orgs, in: organizationIDs, &lists.organizations) && all(item.pointee.models, in: modelIDs, &lists.models)
    }

    /// What `resolves` remembers of the lists it looked up.
    struct ResolvedLists {
        var organizations: [UnsafeRawPointer: Bool] = [:]
        var models: [UnsafeRawPointer: Bool] = [:]
    }

    /// Runs `checks` found in `file` against the merged dataset.
    func check(_ checks: [DeferredCheck], file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for check in checks {
            switch check {
            case .reference(let target, let id, let path, let position):
                assert(ids[target] != nil, "a reference to \(target), which the validator does not list")
                guard idSets[target]?.contains(id) != true else { continue }
                var message = "unknown \(target.rawValue) \(JSONWriter.quoted(id, limit: 60))"
                if let suggestion = suggestion(for: id, among: ids[target] ?? []) {
                    message += "; did you mean \(JSONWriter.quoted(suggestion))?"
                }
                problems.append(Diagnostic(file: file, line: position.line, column: position.column,
                                           path: path.text, message: message))
            case .scoreRange(let benchmarkID, let value, let path, let position):
                // An unknown benchmark is already reported as a reference.
                guard let benchmark = benchmarks[benchmarkID], !(benchmark.min...benchmark.max).contains(value)
                else { continue }
                let range = "\(JSONNumber.text(benchmark.min))..\(JSONNumber.text(benchmark.max))"
                problems.append(Diagnostic(
                    file: file, line: position.line, column: position.column, path: path.text,
                    message: "score \(JSONNumber.text(value)) is outside \(benchmark.name)'s range \(range)"))
            }
        }
        return problems
    }

    /// The closest id to a misspelt one, if one is close enough to be what the author meant.
    private func suggestion(for id: String, among candidates: [String]) -> String? {
        let typed = Array(id.lowercased().unicodeScalars)
        let limit = min(2, max(1, typed.count / 3))
        var best: (id: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.id
    }

    /// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`.
    private func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
