/// What a session's screen output does while its client is not reading.
///
/// Output is passed on while the client reads. While it does not, output is kept up to
/// `limit` bytes; past that, everything kept is dropped and the session is marked stale: the
/// bytes in between are lost, so the screen must be drawn again whole when the client reads
/// again. The latest frame wins, and a client that never reads costs at most `limit` bytes.
public struct OutputCoalescer: Sendable {
    public let limit: Int
    public private(set) var pending: [UInt8] = []
    /// Output was dropped since the client last read: a full redraw is owed.
    public private(set) var stale = false

    public init(limit: Int) {
        self.limit = limit
    }

    /// Output from the screen; what to send now (nothing while the client is not writable).
    public mutating func output(_ bytes: [UInt8], clientWritable: Bool) -> [UInt8] {
        if clientWritable && !stale && pending.isEmpty { return bytes }
        if stale { return [] }
        if pending.count + bytes.count > limit {
            pending = []
            stale = true
            return []
        }
        pending += bytes
        return clientWritable ? flush() : []
    }

    /// The client can take output again: the kept bytes, or, when some were dropped, nothing
    /// and `redraw` true (the caller asks the screen for a full frame, which comes as output).
    public mutating func resumed() -> (send: [UInt8], redraw: Bool) {
        if stale {
            stale = false
            pending = []
            return ([], true)
        }
        return (flush(), false)
    }

    private mutating func flush() -> [UInt8] {
        defer { pending = [] }
        return pending
    }
}
