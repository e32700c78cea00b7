/// Why a query could not be parsed, and where: `unexpected ')' at 14`.
///
/// The column lets the filter line put the cursor on the mistake; `hint` carries what would have
/// been valid there (the list of fields), kept apart so a narrow status line can drop it.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// 1-based, counted in characters of the query text.
    public var column: Int
    public var hint: String?

    public init(_ message: String, column: Int, hint: String? = nil) {
        self.message = message
        self.column = column
        self.hint = hint
    }

    /// `unknown field "foo" at 1 (fields: org, license, …)`.
    public var description: String {
        "\(message) at \(column)" + (hint.map { " (\($0))" } ?? "")
    }
}
