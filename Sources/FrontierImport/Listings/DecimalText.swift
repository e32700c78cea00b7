import FrontierCore

/// A decimal number kept as its digits, so that a price can change unit without binary rounding.
///
/// Price lists write prices per token (`"0.00000089"`, `3e-06`) and the dataset stores them per
/// million tokens. Multiplying the `Double` drifts (`0.00000089 * 1e6 == 0.8899999999999999`), so
/// the unit change moves the decimal point in the digits instead, and only the final text is read
/// as a `Double`, which rounds once and correctly: the result is exactly `Double("0.89")`.
public struct DecimalText: Hashable, Sendable, CustomStringConvertible {
    /// True when the value is below zero (a zero is never negative).
    public let isNegative: Bool
    /// The significant digits as ASCII, without leading or trailing zeros; empty for zero.
    public let digits: [UInt8]
    /// The power of ten the digits are scaled by: the value is `digits × 10^exponent`.
    public let exponent: Int

    /// Exponents are clamped here so that absurd literals (`1e999999999999`) cannot overflow
    /// `Int` arithmetic; anything this far out is infinite or zero as a `Double` anyway.
    private static let exponentLimit = 1_000_000_000

    private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
        var digits = digits[...]
        while digits.first == UInt8(ascii: "0") { digits.removeFirst() }
        var exponent = exponent
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            exponent += 1
        }
        self.digits = Array(digits)
        self.isNegative = isNegative && !digits.isEmpty
        self.exponent = digits.isEmpty ? 0 : max(-Self.exponentLimit, min(Self.exponentLimit, exponent))
    }

    /// Parses a decimal literal: an optional sign, digits with at most one point, and an optional
    /// exponent (`0.00000049`, `-1`, `3e-06`, `1.5E-5`, `.5`); nil for anything else.
    ///
    /// No spaces, thousands separators, `inf` or `nan`: callers strip what their format allows.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var digits: [UInt8] = []
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if DecimalText.isDigit(byte) {
                sawDigit = true
                digits.append(byte)
                if sawPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < bytes.count, DecimalText.isDigit(bytes[index]) else { return nil }
            var written = 0
            while index < bytes.count, DecimalText.isDigit(bytes[index]) {
                written = min(written * 10 + Int(bytes[index] - UInt8(ascii: "0")), DecimalText.exponentLimit)
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        guard index == bytes.count else { return nil }
        self.init(isNegative: negative, digits: digits, exponent: exponent)
    }

    /// The decimal the shortest round-trip text of `value` writes (`3e-06` for 0.000003); nil
    /// for infinities and NaN.
    ///
    /// A JSON number reaches an importer as a `Double`; its shortest text is the literal the
    /// source most plausibly wrote, and reading it back gives the identical `Double`.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(String(describing: value))
    }

    /// The same digits with the decimal point moved `places` to the right (left when negative):
    /// `shifted(by: 6)` turns a price per token into a price per million tokens.
    public func shifted(by places: Int) -> DecimalText {
        DecimalText(isNegative: isNegative, digits: digits, exponent: exponent + places)
    }

    /// True for zero, however it was written (`0`, `0.000`, `-0e5`).
    public var isZero: Bool { digits.isEmpty }

    /// The shortest text for the value: plain digits (`0.49`, `15`, `-1`) up to 21 digits before
    /// the point or 20 zeros after it, scientific notation beyond (`4.9e-30`, `1e21`).
    public var description: String {
        if digits.isEmpty { return "0" }
        let sign = isNegative ? "-" : ""
        let text = String(decoding: digits, as: UTF8.self)
        let integerDigits = digits.count + exponent
        if exponent >= 0, integerDigits <= 21 {
            return sign + text + String(repeating: "0", count: exponent)
        }
        if exponent < 0, integerDigits > 0 {
            let split = text.index(text.startIndex, offsetBy: integerDigits)
            return sign + text[..<split] + "." + text[split...]
        }
        if exponent < 0, integerDigits > -21 {
            return sign + "0." + String(repeating: "0", count: -integerDigits) + text
        }
        let rest = text.dropFirst()
        return sign + String(text.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "e\(integerDigits - 1)"
    }

    /// The nearest `Double`, read once from `description`; nil when it is beyond `Double`'s range.
    public var doubleValue: Double? {
        guard let value = Double(description), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
