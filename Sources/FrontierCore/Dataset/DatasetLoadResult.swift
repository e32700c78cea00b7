/// A merged dataset with every problem found in its files.
///
/// The dataset is usable even when problems were found: records with problems of their own
/// are left out, while records whose only problem is a reference stay (see `DatasetMerger`).
public struct DatasetLoadResult: Sendable {
    public var dataset: Dataset
    /// Sorted by file (in load order), then line and column.
    public var diagnostics: [Diagnostic]
    /// The files that were loaded, in order.
    public var files: [String]

    public init(dataset: Dataset, diagnostics: [Diagnostic], files: [String] = []) {
        self.dataset = dataset
        self.diagnostics = diagnostics
        self.files = files
    }

    /// True when no file had any problem; `frontier validate` exits 65 otherwise.
    public var isValid: Bool { diagnostics.isEmpty }

    /// The problems found in `file`; none means the file is valid.
    public func diagnostics(in file: String) -> [Diagnostic] {
        diagnostics.filter { $0.file == file }
    }

    /// The files with at least one problem, in load order.
    public var invalidFiles: [String] {
        let names = Set(diagnostics.map(\.file))
        return files.filter(names.contains)
    }

    /// One line for the end of `frontier validate`: `2 files valid`, `2 files, 3 problems in 1 file`.
    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        if isValid { return "\(count(files.count, "file")) valid" }
        return "\(count(files.count, "file")), \(count(diagnostics.count, "problem")) in \(count(invalidFiles.count, "file"))"
    }
}
