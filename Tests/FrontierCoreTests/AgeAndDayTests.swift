import Foundation
@testable import FrontierCore
import Testing

@Suite struct AgeAndDayTests {
    @Test func agesReadInTheirLargestWholeUnit() {
        #expect(Format.age(0) == "now")
        #expect(Format.age(0.9) == "now")
        #expect(Format.age(-30) == "now", "a clock set back is not a negative age")
        #expect(Format.age(5) == "5s")
        #expect(Format.age(59.9) == "59s")
        #expect(Format.age(60) == "1m")
        #expect(Format.age(4 * 60 + 59) == "4m")
        #expect(Format.age(2 * 3600 + 5) == "2h")
        #expect(Format.age(3 * 86400 + 7200) == "3d")
        #expect(Format.age(.nan) == "now")
    }

    @Test func theNextAgeChangeIsWhenTheTextWouldDiffer() {
        #expect(Format.nextAgeChange(after: 0) == 1)
        #expect(Format.nextAgeChange(after: 5.5) == 6)
        #expect(Format.nextAgeChange(after: 61) == 120)
        #expect(Format.nextAgeChange(after: 7300) == 10800)
        for seconds in [0.5, 5.5, 59.5, 61, 3599, 7300, 90000.0] {
            let next = Format.nextAgeChange(after: seconds)
            #expect(Format.age(next) != Format.age(seconds))
            #expect(Format.age(next - 0.001) == Format.age(seconds))
        }
    }

    @Test func daysSinceTheEpochGoBothWays() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31", "0001-01-01", "9999-12-31"] {
            let day = DayDate(text)!
            #expect(DayDate(daysSinceEpoch: day.daysSinceEpoch) == day)
        }
        #expect(DayDate("2025-03-01")!.adding(days: -1) == DayDate("2025-02-28"))
        #expect(DayDate("9999-12-31")!.adding(days: 1) == nil)
    }

    @Test func theUTCDayOfAnInstant() {
        #expect(DayDate(utcDayOf: Date(timeIntervalSince1970: 1_744_286_400)) == DayDate("2025-04-10"))
        #expect(DayDate(utcDayOf: Date(timeIntervalSince1970: -1)) == DayDate("1969-12-31"))
    }
}
