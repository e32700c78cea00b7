import NIOCore

extension TimeAmount {
    /// A Swift `Duration` as NIO's `TimeAmount` (nanoseconds; finer parts are dropped).
    init(_ duration: Duration) {
        let parts = duration.components
        self = .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
    }
}

extension Duration {
    /// The duration in seconds, for the log and the messages (`1.5`).
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
