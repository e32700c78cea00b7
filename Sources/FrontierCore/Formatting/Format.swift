import Foundation

/// Number and date formatting shared by the panes, detail views and command-line output.
///
/// Every figure is shown with its unit and at most three significant digits in tables, so
/// columns stay narrow and $5.58M sits honestly next to $78.4M.
///
/// Every formatter is total: any Double, however large, small or odd, gives a short string.
/// Magnitudes beyond the largest suffix (1,000T and up), and fixed-point figures of
/// `scientificThreshold` and up, are written in scientific notation with three significant
/// digits (`1.2e31`, `$1e19`), so a value no real record has still fits a column and never traps.
/// NaN reads `NaN` and infinities `∞` / `-∞`.
public enum Format {
    /// From here on, fixed-point digits are not exact in a Double, nor convertible to `Int64`.
    public static let scientificThreshold = 1e15

    /// The placeholder for a missing value; never 0, which would be a claim.
    public static let missing = "–"

    /// A count with an SI-style suffix: 671B, 72.7B, 14.8T, 1.46M, 930.
    public static func count(_ value: Double) -> String {
        scaled(value, units: [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")])
    }

    /// US dollars with a suffix for large sums: $5.58M, $78.4M, $1.6B, $930, $0.27.
    public static func usd(_ value: Double) -> String {
        if abs(value) < 1000 || !value.isFinite {
            return "$" + fixed(value, decimals: value == value.rounded() && abs(value) >= 10 ? 0 : 2)
        }
        return "$" + scaled(value, units: [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")])
    }

    /// A price per million tokens, always with cents: $0.27, $15.00.
    public static func price(_ value: Double) -> String {
        "$" + fixed(value, decimals: 2)
    }

    /// A context window in tokens: 128K, 8K, 1M, 10M, 2M (binary K for powers of two as labs use).
    /// A billion tokens and more, or a negative count, is no context window a lab sells: it
    /// reads as a plain count (`1.5B`, `9.22e18`) rather than in millions of tokens.
    public static func tokens(_ value: Int) -> String {
        let double = Double(value)
        if value < 0 || value >= 1_000_000_000 { return count(double) }
        if value >= 1_000_000 {
            let binary = double / 1_048_576
            let decimal = double / 1_000_000
            let pick = abs(binary - binary.rounded()) < abs(decimal - decimal.rounded()) ? binary : decimal
            return trimmed(pick, significant: 3) + "M"
        }
        if value >= 1000 {
            let binary = double / 1024
            let decimal = double / 1000
            let pick = abs(binary - binary.rounded()) < abs(decimal - decimal.rounded()) ? binary : decimal
            return trimmed(pick, significant: 3) + "K"
        }
        return String(value)
    }

    /// A benchmark score: one decimal for percentages (88.5), whole numbers for ratings (2029).
    public static func score(_ value: Double, unit: String) -> String {
        unit == "%" ? fixed(value, decimals: 1) : fixed(value, decimals: value == value.rounded() ? 0 : 1)
    }

    /// Floating-point operations in scientific notation: 3.8e25.
    public static func flop(_ value: Double) -> String {
        guard value > 0, value.isFinite else { return fixed(value, decimals: 0) }
        return scientific(value)
    }

    /// `value` as a mantissa of three significant digits and a power of ten: 3.8e25, -1.2e31.
    public static func scientific(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return trimmed(value, significant: 1) }
        let magnitude = abs(value)
        var exponent = Int(Foundation.log10(magnitude).rounded(.down))
        // Divided in two steps: 10^-exponent alone overflows for the smallest (subnormal) values.
        var mantissa = magnitude / pow10(exponent / 2) / pow10(exponent - exponent / 2)
        // log10 can land one off either way near a power of ten; then rounding to three digits.
        if mantissa < 1 { mantissa *= 10; exponent -= 1 }
        if mantissa >= 9.995 { mantissa /= 10; exponent += 1 }
        return (value < 0 ? "-" : "") + trimmed(mantissa, significant: 3) + "e" + String(exponent)
    }

    /// A date as `YYYY-MM-DD`, prefixed with `~` when approximate.
    public static func date(_ date: DayDate, approximate: Bool = false) -> String {
        (approximate ? "~" : "") + date.description
    }

    /// A ratio such as 11.1×.
    public static func ratio(_ value: Double) -> String {
        trimmed(value, significant: 3) + "×"
    }

    // MARK: - Helpers

    static func scaled(_ value: Double, units: [(Double, String)]) -> String {
        let magnitude = abs(value)
        if let largest = units.first?.0, magnitude >= largest * 999.5, magnitude.isFinite { return scientific(value) }
        for (factor, suffix) in units where magnitude >= factor * 0.9995 {
            return trimmed(value / factor, significant: 3) + suffix
        }
        return trimmed(value, significant: 3)
    }

    /// `value` with `significant` digits, trailing zeros after the point removed (5.576 → 5.58, 671 → 671).
    static func trimmed(_ value: Double, significant: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        if value == 0 { return "0" }
        if abs(value) >= scientificThreshold { return scientific(value) }
        let digitsBeforePoint = max(1, Int(Foundation.log10(abs(value)).rounded(.down)) + 1)
        let decimals = max(0, significant - digitsBeforePoint)
        var text = fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Fixed-point formatting without Foundation's locale-dependent formatters.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return trimmed(value, significant: 1) }
        if abs(value) >= scientificThreshold { return scientific(value) }
        let factor = pow10(decimals)
        let scaledValue = (abs(value) * factor).rounded()
        let negative = value < 0 && scaledValue != 0
        // Too many decimals for the digits a Double holds: fewer decimals, same value.
        guard scaledValue < 9e15 else { return fixed(value, decimals: max(0, decimals - 1)) }
        let integer = Int64(scaledValue)
        let unit = Int64(factor)
        var text = String(integer / unit)
        if decimals > 0 {
            let fraction = String(integer % unit)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (negative ? "-" : "") + text
    }

    static func pow10(_ exponent: Int) -> Double {
        Foundation.pow(10, Double(exponent))
    }
}
