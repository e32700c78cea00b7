import FrontierCore

/// Why a `sources.json` was refused: every problem found, each with its line, column and path.
public struct IngestConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Printed as `sources.json:LINE:COLUMN: sources[2].interval: message`, in file order.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
