import Foundation
@testable import FrontierCore
import Testing

/// Every number formatter is total: any Double gives a short string that reads as the same
/// magnitude, and none traps. A price of 1e19 or a parameter count of 1e31 used to crash every
/// reader of the dataset (`Int64(abs(value))` in `Format.fixed`).
@Suite struct FormatTotalityTests {
    /// About 100,000 doubles spread evenly over every exponent, positive and negative, with varied
    /// mantissas, plus the edges that trip conversions: powers of ten, Int64's limits, subnormals.
    static let samples: [Double] = {
        var values: [Double] = [
            0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, 1e19, 9.2e18,
            9.223372036854775807e18, 9.2233720368547758e18, 9e15, 8.999999999999999e15, 1e15, 999.5e12, 9.9995e18,
            0.005, 0.0049999, 999.5, 999.49, 1e31, 1e-300, 5e-324,
        ]
        values += values.map { -$0 }
        let top = Double.infinity.bitPattern
        let step = top / 50_000
        for pattern in stride(from: UInt64(1), to: top, by: Int(step)) {
            let value = Double(bitPattern: pattern)
            values.append(value)
            values.append(-value)
        }
        return values
    }()

    /// Reads back what a formatter wrote: `$`, a suffix (K M B T), `e` notation, `×`.
    static func reading(_ text: String) -> Double? {
        var text = text
        if text.hasPrefix("$") { text.removeFirst() }
        if text.hasPrefix("-$") { text = "-" + text.dropFirst(2) }
        if text.hasSuffix("×") { text.removeLast() }
        let suffixes: [Character: Double] = ["K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]
        var factor = 1.0
        if let last = text.last, let scale = suffixes[last] {
            factor = scale
            text.removeLast()
        }
        return Double(text).map { $0 * factor }
    }

    /// `text` reads as `value` to three significant digits, or to `absolute` for small values.
    static func expectReads(_ text: String, as value: Double, absolute: Double, _ name: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        guard let read = reading(text) else {
            Issue.record("\(name)(\(value)) = \"\(text)\" does not read as a number", sourceLocation: sourceLocation)
            return
        }
        let tolerance = max(abs(value) * 0.006, absolute)
        // 1.8e308, three digits of the largest Double, reads back beyond it.
        let roundedPastTheLargest = read.isInfinite && abs(value) > 1.79e308 && (read > 0) == (value > 0)
        if !(abs(read - value) <= tolerance), !roundedPastTheLargest {
            Issue.record("\(name)(\(value)) = \"\(text)\" reads as \(read)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyFormatterIsShortAndReadsAsItsValueForAnyFiniteDouble() {
        var longest = 0
        for value in Self.samples {
            let outputs: [(String, String, Double)] = [
                ("count", Format.count(value), 0.0051),
                ("usd", Format.usd(value), 0.0051),
                ("price", Format.price(value), 0.0051),
                ("score%", Format.score(value, unit: "%"), 0.051),
                ("score", Format.score(value, unit: "rating"), 0.051),
                ("ratio", Format.ratio(value), 0.0051),
                ("scientific", Format.scientific(value), 0),
            ]
            for (name, text, absolute) in outputs {
                longest = max(longest, text.count)
                if text.count > 20 { Issue.record("\(name)(\(value)) = \"\(text)\" is \(text.count) characters") }
                Self.expectReads(text, as: value, absolute: name == "scientific" ? abs(value) * 0.006 : absolute, name)
            }
            if value > 0 {
                let flop = Format.flop(value)
                #expect(flop.count <= 12, "flop(\(value)) = \(flop)")
                Self.expectReads(flop, as: value, absolute: 0, "flop")
            }
        }
        #expect(longest <= 20)
    }

    @Test func hugeValuesAreWrittenInScientificNotation() {
        #expect(Format.price(1e19) == "$1e19")
        #expect(Format.count(1e31) == "1e31")
        #expect(Format.usd(1e31) == "$1e31")
        #expect(Format.usd(-1.234e31) == "$-1.23e31")
        #expect(Format.score(1e19, unit: "%") == "1e19")
        #expect(Format.count(1.2e15) == "1.2e15")
        #expect(Format.count(999e12) == "999T")
        #expect(Format.scientific(9.9996e18) == "1e19")
        #expect(Format.scientific(.greatestFiniteMagnitude) == "1.8e308")
        #expect(Format.scientific(.leastNonzeroMagnitude) == "4.94e-324")
    }

    @Test func nonFiniteValuesHaveNames() {
        for format in [Format.count, Format.usd, Format.price, Format.flop, Format.ratio] as [(Double) -> String] {
            #expect(format(.nan).contains("NaN"))
            #expect(format(.infinity).contains("∞"))
        }
    }

    @Test func contextWindowsOfAnyIntegerAreShort() {
        for value in [Int.max, Int.max - 1, 1 << 62, 999_999_999_999, -1, Int.min + 1] {
            #expect(Format.tokens(value).count <= 10, "tokens(\(value)) = \(Format.tokens(value))")
        }
    }

    @Test func agesOfAnyLengthAreShort() {
        for seconds in [1e300, .greatestFiniteMagnitude, 86400 * 99_999, 86400 * 100_000, .infinity, .nan, -1e300] {
            let age = Format.age(seconds)
            #expect(age.count <= 7, "age(\(seconds)) = \(age)")
            #expect(Format.nextAgeChange(after: seconds) > 0)
        }
        #expect(Format.age(86400 * 100_000) == ">99999d")
    }

    @Test func chartScalesEndForExtremeValues() {
        let decades = ComparePlot.decades([1e-320, .greatestFiniteMagnitude])
        #expect(decades.upperBound.isFinite)
        #expect(!ComparePlot.decadeTicks(decades).isEmpty)
        // Near 1e17 a step of 5 no longer changes a Double: the tick loop used never to end.
        let (range, ticks) = ComparePlot.linearScale([1e17, 1e17 + 16], bounds: nil)
        #expect(range.upperBound >= range.lowerBound)
        #expect(ticks.count <= 50)
        let (_, wide) = ComparePlot.linearScale([-.greatestFiniteMagnitude, .greatestFiniteMagnitude], bounds: nil)
        #expect(wide.count <= 50)
    }
}
