import FrontierCore

/// Which source something is about: the n-th `--data` or the n-th `--feed`, in command-line order.
///
/// Sources are told apart by position, not by address: the same URL given twice is two
/// sources, fetched and reported each on its own.
public enum SourceRole: Hashable, Sendable, Comparable {
    case data(Int)
    case feed(Int)
}
