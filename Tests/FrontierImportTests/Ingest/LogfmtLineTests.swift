import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing

/// 2026-11-29T03:12:00Z.
private let time = Date(timeIntervalSince1970: 1_795_921_920)

@Suite struct LogfmtLineTests {
    @Test func aFetchLineReadsAsTheDocsShowIt() {
        var line = LogfmtLine(time: time)
        line.append("source", quoted: "OpenRouter")
        line.append("kind", "openrouter")
        line.append("url", "https://openrouter.ai/api/v1/models")
        line.append("status", 200)
        line.append("bytes", 48211)
        line.append("next", seconds: .seconds(3600))
        #expect(line.description
            == "ts=2026-11-29T03:12:00Z level=info source=\"OpenRouter\" kind=openrouter url=https://openrouter.ai/api/v1/models status=200 bytes=48211 next=3600s")
    }

    @Test func theLevelCanBeSetAfterTheFields() {
        var line = LogfmtLine(time: time)
        line.append("status", 500)
        line.level = .warn
        #expect(line.description == "ts=2026-11-29T03:12:00Z level=warn status=500")
    }

    @Test func valuesAreQuotedOnlyWhenTheyNeedItAndNeverBreakTheLine() {
        var line = LogfmtLine(time: time, level: .error)
        line.append("plain", "a-b_c/d:e")
        line.append("space", "a b")
        line.append("equals", "a=b")
        line.append("empty", "")
        line.append("error", quoted: "bad \"quote\" \\ and\nnew line\tand\u{1B}escape\u{2028}")
        #expect(line.description == #"ts=2026-11-29T03:12:00Z level=error plain=a-b_c/d:e space="a b" equals="a=b" empty="" "#
            + #"error="bad \"quote\" \\ and\nnew line\tand\u001bescape\u2028""#)
        #expect(!line.description.contains("\n"))
    }

    @Test func durationsAreSecondsWithoutNeedlessDecimals() {
        #expect(Format.seconds(.seconds(120)) == "120")
        #expect(Format.seconds(.milliseconds(250)) == "0.25")
        #expect(Format.seconds(.milliseconds(1500)) == "1.5")
        #expect(Format.seconds(.milliseconds(7)) == "0.007")
        #expect(Format.seconds(.zero) == "0")
    }

    @Test func timestampsAreUTCWhateverTheDay() {
        #expect(UTCTime(Date(timeIntervalSince1970: 0)).rfc3339 == "1970-01-01T00:00:00Z")
        #expect(UTCTime(Date(timeIntervalSince1970: 951_782_399)).rfc3339 == "2000-02-28T23:59:59Z")
        #expect(UTCTime(Date(timeIntervalSince1970: 951_868_800)).rfc3339 == "2000-03-01T00:00:00Z")
        #expect(UTCTime(Date(timeIntervalSince1970: -1)).rfc3339 == "1969-12-31T23:59:59Z")
        #expect(DayDate.utcDay(of: time) == DayDate("2026-11-29"))
        for day in stride(from: -719_000, through: 2_900_000, by: 997) {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400 + 43_200)
            #expect(DayDate.utcDay(of: date).daysSinceEpoch == day)
        }
    }
}
