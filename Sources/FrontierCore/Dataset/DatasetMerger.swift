/// Merges decoded files and feed records in order, then checks what needs the whole dataset.
///
/// A record whose id matches an earlier record of the same kind replaces it whole, in the
/// earlier record's place; a new id is added at the end. `title` and `description` come from
/// the last file that has them. References and score ranges are checked only in `result()`,
/// so a later file may refer to records an earlier one defines, and each problem is still
/// reported in the file that holds the referencing value.
public struct DatasetMerger: Sendable {
    private var title: String?
    private var description: String?
    private var records: [RecordKind: [LocatedRecord]] = [:]
    private var indexByID: [RecordKind: [String: Int]] = [:]
    private var diagnostics: [Diagnostic] = []
    private var leftOutChecks: [(file: String, checks: [DeferredCheck])] = []
    private var leftOutIDs: [RecordKind: Set<String>] = [:]
    private var files: [String] = []

    public init() {}

    /// Adds a file's records and its own diagnostics, after everything merged before it.
    public mutating func merge(_ file: DecodedFile) {
        noteFile(file.name)
        if let title = file.title { self.title = title }
        if let description = file.description { self.description = description }
        diagnostics += file.diagnostics
        leftOutChecks.append((file.name, file.leftOutChecks))
        leftOutIDs.merge(file.leftOutIDs) { $0.union($1) }
        for record in file.records { merge(record) }
    }

    /// Adds or replaces one record, as a feed line does.
    public mutating func merge(_ record: LocatedRecord) {
        noteFile(record.file)
        let kind = record.record.kind
        if let index = indexByID[kind]?[record.record.id] {
            records[kind]![index] = record
        } else {
            indexByID[kind, default: [:]][record.record.id] = records[kind, default: []].count
            records[kind, default: []].append(record)
        }
    }

    /// Adds problems found outside decoding, such as a feed line that is not JSON.
    public mutating func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { noteFile(diagnostic.file) }
        self.diagnostics += diagnostics
    }

    /// The merged dataset with every diagnostic, reference and range problems included.
    public func result() -> DatasetLoadResult {
        var dataset = Dataset(title: title, description: description)
        for kind in RecordKind.allCases {
            for located in records[kind] ?? [] { dataset.append(located.record) }
        }
        let validator = DatasetValidator(dataset: dataset, declared: leftOutIDs)
        var problems = diagnostics + validator.check(records.values.joined())
        for (file, checks) in leftOutChecks { problems += validator.check(checks, file: file) }
        return DatasetLoadResult(dataset: dataset, diagnostics: sorted(problems), files: files)
    }

    private mutating func noteFile(_ name: String) {
        if !files.contains(name) { files.append(name) }
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
