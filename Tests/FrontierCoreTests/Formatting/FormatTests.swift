@testable import FrontierCore
import Testing

@Suite struct FormatTests {
    @Test func countsUseThreeSignificantDigitsAndASuffix() {
        #expect(Format.count(671e9) == "671B")
        #expect(Format.count(72.7e9) == "72.7B")
        #expect(Format.count(14.8e12) == "14.8T")
        #expect(Format.count(2.788e6) == "2.79M")
        #expect(Format.count(930) == "930")
    }

    @Test func dollarsKeepSmallAndLargeSumsHonest() {
        #expect(Format.usd(5.576e6) == "$5.58M")
        #expect(Format.usd(78.4e6) == "$78.4M")
        #expect(Format.usd(1.6e9) == "$1.6B")
        #expect(Format.usd(930) == "$930")
        #expect(Format.usd(0.27) == "$0.27")
    }

    @Test func pricesAlwaysShowCents() {
        #expect(Format.price(0.14) == "$0.14")
        #expect(Format.price(15) == "$15.00")
        #expect(Format.price(2.19) == "$2.19")
    }

    @Test func contextWindowsReadLikeTheLabsWriteThem() {
        #expect(Format.tokens(131_072) == "128K")
        #expect(Format.tokens(8192) == "8K")
        #expect(Format.tokens(200_000) == "200K")
        #expect(Format.tokens(1_000_000) == "1M")
        #expect(Format.tokens(2_097_152) == "2M")
        #expect(Format.tokens(10_000_000) == "10M")
    }

    @Test func scoresAndComputeHaveTheirUnits() {
        #expect(Format.score(88.5, unit: "%") == "88.5")
        #expect(Format.score(90, unit: "%") == "90.0")
        #expect(Format.score(2029, unit: "rating") == "2029")
        #expect(Format.flop(3.8e25) == "3.8e25")
        #expect(Format.flop(2.1e25) == "2.1e25")
    }

    @Test func approximateDatesAreMarked() {
        #expect(Format.date(DayDate("2025-01-23")!, approximate: true) == "~2025-01-23")
    }
}
