@testable import FrontierCore
@testable import FrontierImport
import Testing

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("0.00000049", "0.49", 0.49),
        ("0.00000089", "0.89", 0.89),
        ("0.0000001", "0.1", 0.1),
        ("3e-06", "3", 3),
        ("1.5E-5", "15", 15),
        ("2.7e-07", "0.27", 0.27),
        ("0.0000025", "2.5", 2.5),
        ("0.00001", "10", 10),
        ("0", "0", 0),
        ("0.000", "0", 0),
        ("-1", "-1000000", -1_000_000),
        ("+1.10e-6", "1.1", 1.1),
    ])
    func movesTheDecimalPointSixPlacesExactly(perToken: String, text: String, perMillion: Double) throws {
        let shifted = try #require(DecimalText(perToken)).shifted(by: 6)
        #expect(shifted.description == text)
        #expect(shifted.doubleValue == perMillion)
        #expect(shifted.doubleValue == Double(text))
    }

    @Test func avoidsTheDriftOfMultiplyingBinaryFloats() throws {
        let perToken = 0.00000089
        #expect(perToken * 1e6 != 0.89)
        #expect(DecimalText("0.00000089")?.shifted(by: 6).doubleValue == 0.89)
        #expect(DecimalText(perToken)?.shifted(by: 6).doubleValue == 0.89)
    }

    @Test func readsADoubleThroughItsShortestText() throws {
        #expect(DecimalText(3e-06)?.description == "0.000003")
        #expect(DecimalText(3e-06)?.shifted(by: 6).description == "3")
        #expect(DecimalText(1.1e-06)?.shifted(by: 6).description == "1.1")
        #expect(DecimalText(1.10)?.description == "1.1")
        #expect(DecimalText(5.0)?.description == "5")
        #expect(DecimalText(-0.0)?.isNegative == false)
        #expect(DecimalText(Double.infinity) == nil)
        #expect(DecimalText(Double.nan) == nil)
    }

    @Test(arguments: ["-1", "-0.5", "-3e-06"])
    func keepsTheSignOfNegativeValues(text: String) throws {
        let decimal = try #require(DecimalText(text))
        #expect(decimal.isNegative)
        #expect(decimal.description == text.replacingOccurrences(of: "-3e-06", with: "-0.000003"))
    }

    @Test func zeroIsNeverNegative() throws {
        let zero = try #require(DecimalText("-0.00"))
        #expect(zero.isZero)
        #expect(!zero.isNegative)
        #expect(zero.description == "0")
    }

    @Test(arguments: [".5", "5.", "007", "12.50", "1e3", "1E+3", "0.0e10"])
    func acceptsEveryPlainDecimalSpelling(text: String) {
        #expect(DecimalText(text) != nil)
    }

    @Test(arguments: ["", "-", "+", ".", "abc", "1.2.3", "1e", "1e+", "e5", "0x10", "1,000", " 1", "1 ",
                      "inf", "nan", "--1", "1e5.5", "1..2", "free", "$1", "1_000"])
    func rejectsWhatIsNotADecimal(text: String) {
        #expect(DecimalText(text) == nil)
    }

    @Test func keepsEveryDigitOfAVeryLongString() throws {
        let long = try #require(DecimalText("0.000000490000000000000000000000000001"))
        #expect(long.shifted(by: 6).description == "0.490000000000000000000000000001")
        #expect(long.shifted(by: 6).doubleValue == 0.49)
        let wide = try #require(DecimalText("123456789012345678901234567890"))
        #expect(wide.description == "1.2345678901234567890123456789e29")
        #expect(wide.doubleValue == 1.2345678901234568e29)
        #expect(DecimalText("000000000000000000000000000000042.000000000000000000")?.description == "42")
    }

    @Test func writesScientificNotationOnlyWhenPlainDigitsWouldRunLong() {
        #expect(DecimalText("1e20")?.description == "100000000000000000000")
        #expect(DecimalText("1e21")?.description == "1e21")
        #expect(DecimalText("0.0000000000000000000049")?.description == "0.0000000000000000000049")
        #expect(DecimalText("0.0000000000000000000000000000049")?.description == "4.9e-30")
        #expect(DecimalText("0.0000000000000000000000000000049")?.doubleValue == 4.9e-30)
        #expect(DecimalText("-25e30")?.description == "-2.5e31")
    }

    @Test func valuesBeyondDoubleHaveNoDoubleValue() {
        #expect(DecimalText("1e999999999999999")?.doubleValue == nil)
        #expect(DecimalText("1e400")?.doubleValue == nil)
        #expect(DecimalText("1e400")?.shifted(by: -500).doubleValue == 1e-100)
    }
}
