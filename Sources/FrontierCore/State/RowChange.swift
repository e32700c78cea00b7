import Foundation

/// How a row differs from what the screen showed before a reload, and when that was seen.
///
/// A row keeps its mark (`+` or `~` in its gutter) for `AppState.changeMarkLifetime` after
/// `at`, so a change is noticed on a glance without the screen staying busy for ever.
public struct RowChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A record with an id the screen did not have.
        case added
        /// A record whose id the screen had, with a different value.
        case changed
    }

    public var kind: Kind
    /// When the reload that brought the change arrived, as the runtime's clock said.
    public var at: Date

    public init(_ kind: Kind, at: Date) {
        self.kind = kind
        self.at = at
    }

    /// When the mark stops showing.
    public var expiry: Date { at.addingTimeInterval(AppState.changeMarkLifetime) }
}
