import FrontierCore

/// What the followed sources tell the command showing them: the dashboard or `frontier watch`.
public enum SourceUpdate: Sendable {
    /// The merged data loaded; `problems` are records left out (bad feed lines, unknown ids).
    /// `derived` is its rows and index, when a background load could build them.
    case loaded(Dataset, problems: [Diagnostic], derived: DerivedData?)
    /// A data source changed but does not load, or feed lines were bad; the last good data stays.
    case failed([Diagnostic])
    /// A URL could not be fetched; what it held before stays. The message says when it is tried again.
    case fetchFailed(source: String, message: String)
}
