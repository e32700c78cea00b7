/// How much of a split one part asks for.
///
/// When space is short, parts give it up in reverse priority: fills first, then minimums, then
/// percentages, and exact lengths last.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells.
    case length(Int)
    /// At least `n` cells; grows into space no fill takes.
    case min(Int)
    /// `p` percent (0–100) of the space left after spacing.
    case percentage(Int)
    /// A share of whatever remains, in proportion to `weight` (weights below 1 count as 1).
    case fill(Int)
}
