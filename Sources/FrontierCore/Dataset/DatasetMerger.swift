/// Merges decoded files and feed records in order, then checks what needs the whole dataset.
///
/// A record whose id matches an earlier record of the same kind replaces it whole, in the
/// earlier record's place; a new id is added at the end. `title` and `description` come from
/// the last file that has them. References and score ranges are checked only in `result()`,
/// so a later file may refer to records an earlier one defines, and each problem is still
/// reported in the file that holds the referencing value.
///
/// Records go straight into the dataset being built, beside each the file it came from and its
/// checks, so `result()` copies nothing but the problems it finds.
public struct DatasetMerger: Sendable {
    private var dataset = Dataset()
    /// For each kind (in `RecordKind.allCases` order), each record's file and checks, in the
    /// order of the dataset's array of that kind.
    private var origins: [[(file: Int32, checks: RecordChecks)]] = Array(repeating: [], count: RecordKind.allCases.count)
    private var indexByID: [[String: Int]] = Array(repeating: [:], count: RecordKind.allCases.count)
    private var diagnostics: [Diagnostic] = []
    private var leftOutChecks: [(file: String, checks: [DeferredCheck])] = []
    private var leftOutIDs: [RecordKind: Set<String>] = [:]
    private var files: [String] = []
    private var fileNumbers: [String: Int32] = [:]

    public init() {}

    /// Adds a file's records and its own diagnostics, after everything merged before it.
    public mutating func merge(_ file: DecodedFile) {
        let number = noteFile(file.name)
        if let title = file.title { dataset.title = title }
        if let description = file.description { dataset.description = description }
        diagnostics += file.diagnostics
        leftOutChecks.append((file.name, file.leftOutChecks))
        leftOutIDs.merge(file.leftOutIDs) { $0.union($1) }
        for record in file.records { merge(record) }
        let news = RecordKind.news.ordinal
        if dataset.news.isEmpty {
            // The usual case, one file with all the news: its array and index are taken whole.
            dataset.news = file.news
            indexByID[news] = file.newsIndex
            origins[news] = file.newsChecks.map { (number, $0) }
            return
        }
        origins[news].reserveCapacity(origins[news].count + file.news.count)
        indexByID[news].reserveCapacity(indexByID[news].count + file.news.count)
        for (item, checks) in zip(file.news, file.newsChecks) {
            if let index = indexByID[news][item.id] {
                dataset.news[index] = item
                origins[news][index] = (number, checks)
            } else {
                indexByID[news][item.id] = dataset.news.count
                dataset.news.append(item)
                origins[news].append((number, checks))
            }
        }
    }

    /// Adds or replaces one record, as a feed line does.
    public mutating func merge(_ record: LocatedRecord) {
        let number = noteFile(record.file)
        let kind = record.record.kind.ordinal
        if let index = indexByID[kind][record.record.id] {
            dataset.replace(at: index, with: record.record)
            origins[kind][index] = (number, .known(record.checks))
        } else {
            indexByID[kind][record.record.id] = origins[kind].count
            dataset.append(record.record)
            origins[kind].append((number, .known(record.checks)))
        }
    }

    /// Adds problems found outside decoding, such as a feed line that is not JSON.
    public mutating func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { noteFile(diagnostic.file) }
        self.diagnostics += diagnostics
    }

    /// The merged dataset with every diagnostic, reference and range problems included.
    public func result() -> DatasetLoadResult {
        let validator = DatasetValidator(dataset: dataset, declared: leftOutIDs)
        var lists = DatasetValidator.ResolvedLists()
        var problems = diagnostics
        for kind in RecordKind.allCases {
            for (index, origin) in origins[kind.ordinal].enumerated() {
                let file = files[Int(origin.file)]
                let checks = self.checks(origin.checks, ofNews: index, validator: validator, lists: &lists)
                if !checks.isEmpty { problems += validator.check(checks, file: file) }
            }
        }
        for (file, checks) in leftOutChecks { problems += validator.check(checks, file: file) }
        return DatasetLoadResult(dataset: dataset, diagnostics: sorted(problems), files: files)
    }

    /// Settles the checks of news the scanner read against the records merged so far, and lets
    /// go of the files' text they kept. Merging only ever adds ids, so a reference that resolves
    /// now always will; one that does not keeps the checks that word it.
    public mutating func settle() {
        let news = RecordKind.news.ordinal
        guard origins[news].contains(where: { $0.checks.isScanned }) else { return }
        let validator = DatasetValidator(dataset: dataset, declared: leftOutIDs)
        var lists = DatasetValidator.ResolvedLists()
        for index in origins[news].indices where origins[news][index].checks.isScanned {
            origins[news][index].checks = .known(checks(origins[news][index].checks, ofNews: index, validator: validator,
                                                        lists: &lists))
        }
    }

    /// The checks a record's references need: its own, or for a news item the scanner read
    /// (element `index` of the merged news), none when its references resolve and otherwise
    /// those made from its text.
    private func checks(_ checks: RecordChecks, ofNews index: Int, validator: DatasetValidator,
                        lists: inout DatasetValidator.ResolvedLists) -> [DeferredCheck] {
        switch checks {
        case .known(let known):
            return known
        case .scanned(let text, let element):
            let resolves = dataset.news.withUnsafeBufferPointer { validator.resolves(at: $0.baseAddress! + index, lists: &lists) }
            return resolves ? [] : text.checksOfNews(Int(element))
        }
    }

    @discardableResult
    private mutating func noteFile(_ name: String) -> Int32 {
        if let number = fileNumbers[name] { return number }
        let number = Int32(files.count)
        files.append(name)
        fileNumbers[name] = number
        return number
    }

    private func sorted(_ problems: [Diagnostic]) -> [Diagnostic] {
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return problems.enumerated().sorted { left, right in
            let a = left.element, b = right.element
            let keyA = (order[a.file] ?? Int.max, a.line, a.column, left.offset)
            let keyB = (order[b.file] ?? Int.max, b.line, b.column, right.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
