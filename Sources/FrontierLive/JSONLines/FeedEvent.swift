import FrontierCore

/// Something that happened to a feed file itself, rather than to the records in it.
///
/// Kept apart from diagnostics because none of these is a mistake in the data: the runtime
/// may show them in the status line, or only log them.
public enum FeedEvent: Hashable, Sendable {
    /// The file is not there. Said once, then again only after it has been seen and gone.
    case missing
    /// The file became shorter than what had been read, so it was read again from the start.
    case truncated
    /// A different file now has the path (log rotation, a save by rename), read from its start.
    case rotated
}
