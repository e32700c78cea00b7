@testable import FrontierCore
import Testing

@Suite struct DayDateTests {
    @Test func parsesValidDays() {
        #expect(DayDate("2024-12-26")?.description == "2024-12-26")
        #expect(DayDate("2024-02-29") != nil)
    }

    @Test(arguments: [(7, 1, 5, "0007-01-05"), (1, 12, 31, "0001-12-31"), (9999, 12, 31, "9999-12-31"), (2026, 10, 9, "2026-10-09")])
    func isWrittenWithEveryPlacePadded(year: Int, month: Int, day: Int, text: String) {
        #expect(DayDate(year: year, month: month, day: day)?.description == text)
        #expect(DayDate(text)?.description == text)
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(DayDate("2024-13-01") == nil)
        #expect(DayDate("2023-02-29") == nil)
        #expect(DayDate("2024-04-31") == nil)
        #expect(DayDate("2024-1-01") == nil)
        #expect(DayDate("2024-01-01T00:00") == nil)
    }

    @Test func countsDaysSinceEpoch() {
        #expect(DayDate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(DayDate("2025-01-27")!.daysSinceEpoch - DayDate("2025-01-20")!.daysSinceEpoch == 7)
    }
}
