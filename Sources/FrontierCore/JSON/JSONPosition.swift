/// Where a JSON value or key starts in its source text.
///
/// Stored as 32-bit numbers because a large dataset holds millions of values and every one
/// carries a position; no input this tool reads has four billion lines.
public struct JSONPosition: Hashable, Sendable, CustomStringConvertible {
    private let storedLine: UInt32
    private let storedColumn: UInt32

    /// 1-based line; 0 for values that were built in memory rather than parsed.
    public var line: Int { Int(storedLine) }
    /// 1-based column counted in Unicode scalars from the start of the line.
    public var column: Int { Int(storedColumn) }

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The position of values that were built in memory, such as those an encoder writes.
    public static let none = JSONPosition(line: 0, column: 0)

    public var description: String { "\(line):\(column)" }
}
