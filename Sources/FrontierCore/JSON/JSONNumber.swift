/// A JSON number as a `Double`, remembering whether its literal was written as an integer.
///
/// Fields such as `schema` and `context` must be integers; `1.0` or `1e3` are refused there
/// even though their values are whole, because the literal says the author meant a measure.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    public var value: Double
    /// The literal had neither a fraction nor an exponent (`131072`, `-0`).
    public var isInteger: Bool

    public init(_ value: Double, isInteger: Bool) {
        self.value = value
        self.isInteger = isInteger
    }

    /// The value as an `Int` when the literal was an integer that fits.
    public var intValue: Int? { isInteger ? Int(exactly: value) : nil }

    /// The shortest text that reads back as exactly this number, as JSON writes it.
    public var description: String {
        isInteger || !JSONNumber.isWhole(value) ? JSONNumber.text(value) : String(describing: value)
    }

    /// Formats `value` as a JSON number literal that parses back to the identical `Double`.
    ///
    /// Whole numbers below 2^53 are written out in digits (`671000000000`) because that is how
    /// people write counts; everything else uses the shortest round-tripping form (`3.3e+24`).
    /// Non-finite values have no JSON spelling and are written as `null`.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        if isWhole(value), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(describing: value)
    }

    private static func isWhole(_ value: Double) -> Bool {
        value.isFinite && value.rounded(.towardZero) == value
    }
}
