extension Format {
    /// A duration in seconds for people and logs: whole seconds without a fraction, otherwise
    /// up to three decimals without trailing zeros (`120`, `0.25`); the caller adds the unit.
    public static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + Int64((Double(attoseconds) / 1e15).rounded())
        let whole = milliseconds / 1000
        var fraction = String(milliseconds % 1000)
        guard fraction != "0" else { return String(whole) }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
