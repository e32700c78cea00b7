@testable import FrontierCore
import Testing

/// CSV keeps the data but neither a terminal nor a spreadsheet acts on it.
@Suite struct CSVWriterTests {
    @Test func controlsBecomeControlPicturesAndC1AndBidiBecomeReplacementCharacters() {
        let field = CSVWriter.field("a\u{1B}]52;c;SGVsbG8=\u{07}b\u{1B}[2Jc\u{9B}d\u{202E}e\u{08}f\rg\u{7F}h\ti")
        #expect(field == "a\u{241B}]52;c;SGVsbG8=\u{2407}b\u{241B}[2Jc\u{FFFD}d\u{FFFD}e\u{2408}f\u{240D}g\u{2421}h\ti")
    }

    @Test func formulaCellsAreGuardedAndNumbersAreNot() {
        #expect(CSVWriter.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.field("+cmd") == "'+cmd")
        #expect(CSVWriter.field("-2+3") == "'-2+3")
        #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.field("\tx") == "'\tx")
        #expect(CSVWriter.field("-0.5") == "-0.5")
        #expect(CSVWriter.field("+3") == "+3")
        #expect(CSVWriter.field("-1e19") == "-1e19")
        #expect(CSVWriter.field("DeepSeek-V3") == "DeepSeek-V3")
    }
}
