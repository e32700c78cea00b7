import FrontierCore

/// The one-line verdict after validating files: `2 files valid`, `3 problems in 1 of 2 files`.
struct ValidationSummary {
    let line: String
    let invalidFiles: Int

    init(files: [String], diagnostics: [Diagnostic]) {
        let total = max(files.count, 1)
        let fileWord = total == 1 ? "file" : "files"
        let invalid = Set(diagnostics.map(\.file))
        invalidFiles = invalid.count
        if diagnostics.isEmpty {
            line = total == 1 ? "1 file valid" : "\(total) files valid"
        } else {
            let problems = diagnostics.count == 1 ? "1 problem" : "\(diagnostics.count) problems"
            line = "\(problems) in \(invalid.count) of \(total) \(fileWord)"
        }
    }
}
