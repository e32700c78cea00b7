@testable import FrontierCore
@testable import FrontierImport
import Testing

@Suite struct ListingDatesTests {
    @Test(arguments: [
        (0, "1970-01-01"), (86_399, "1970-01-01"), (86_400, "1970-01-02"), (-1, "1969-12-31"),
        (1_735_000_000, "2024-12-24"), (1_735_241_084, "2024-12-26"), (951_782_400, "2000-02-29"),
        (4_107_542_400, "2100-03-01"),
    ])
    func unixSecondsFallOnTheirUTCDay(seconds: Int, day: String) {
        #expect(DayDate(unixSeconds: seconds)?.description == day)
    }

    @Test func unixSecondsRoundTripThroughDaysSinceEpoch() throws {
        for days in stride(from: -700_000, through: 2_900_000, by: 997) {
            let date = try #require(DayDate(unixSeconds: days * 86_400 + 43_200))
            #expect(date.daysSinceEpoch == days)
        }
    }

    @Test func partialDatesStandForTheirFirstDay() throws {
        let day = try #require(PartialDate("2024-12-26"))
        #expect(day.day.description == "2024-12-26")
        #expect(day.precision == .day)
        #expect(day.note(for: "release") == nil)
        let month = try #require(PartialDate("2024-12"))
        #expect(month.day.description == "2024-12-01")
        #expect(month.note(for: "release") == "release month only")
        let year = try #require(PartialDate("2012"))
        #expect(year.day.description == "2012-01-01")
        #expect(year.note(for: "publication") == "publication year only")
    }

    @Test(arguments: ["", "2024-13", "2023-02-29", "24-12", "2024-1", "2024-12-", "2024/12/26", "December 2024", "2024-12-26T00:00"])
    func partialDatesRefuseOtherShapes(text: String) {
        #expect(PartialDate(text) == nil)
    }
}
