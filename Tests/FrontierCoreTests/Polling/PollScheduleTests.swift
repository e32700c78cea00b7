import Foundation
@testable import FrontierCore
import Testing

/// 2026-11-29T02:15:00Z, when every fetch in these tests ended.
private let ended = Date(timeIntervalSince1970: 1_795_918_500)

@Suite struct PollScheduleTests {
    @Test func successAndNotModifiedWaitOneRefreshInterval() {
        let schedule = PollSchedule(refreshInterval: .seconds(300))
        #expect(schedule.nextFetch(after: .fetched, endedAt: ended) == ended.addingTimeInterval(300))
        #expect(schedule.nextFetch(after: .notModified, endedAt: ended) == ended.addingTimeInterval(300))
    }

    @Test func theDefaultRefreshIsFiveMinutes() {
        #expect(PollSchedule().refreshInterval == .seconds(300))
    }

    @Test func failuresInARowDoubleTheWaitFromFiveSecondsUpToTheRefreshInterval() {
        let schedule = PollSchedule(refreshInterval: .seconds(300))
        let waits = (1...9).map { schedule.delay(after: .failed(consecutive: $0)) }
        #expect(waits == [5, 10, 20, 40, 80, 160, 300, 300, 300].map { Duration.seconds($0) })
    }

    @Test func backoffNeverExceedsFifteenMinutesWhateverTheRefreshInterval() {
        let schedule = PollSchedule(refreshInterval: .seconds(3_600))
        #expect(schedule.backoffCap == .seconds(900))
        #expect(schedule.delay(after: .failed(consecutive: 8)) == .seconds(640))
        #expect(schedule.delay(after: .failed(consecutive: 9)) == .seconds(900))
        #expect(schedule.delay(after: .failed(consecutive: 1_000_000)) == .seconds(900))
    }

    @Test func aRefreshShorterThanTheFirstBackoffCapsEveryFailureWait() {
        let schedule = PollSchedule(refreshInterval: .seconds(2))
        #expect(schedule.delay(after: .failed(consecutive: 1)) == .seconds(2))
        #expect(schedule.delay(after: .failed(consecutive: 4)) == .seconds(2))
    }

    @Test func failureBackoffIsMeasuredFromWhenTheFetchEnded() {
        let schedule = PollSchedule()
        #expect(schedule.nextFetch(after: .failed(consecutive: 3), endedAt: ended) == ended.addingTimeInterval(20))
    }

    @Test func retryAfterIsHonouredEvenBeyondTheRefreshInterval() {
        let schedule = PollSchedule(refreshInterval: .seconds(60), firstBackoff: .seconds(1))
        #expect(schedule.nextFetch(after: .throttled(retryAfter: .seconds(3_600)), endedAt: ended)
            == ended.addingTimeInterval(3_600))
        #expect(schedule.nextFetch(after: .throttled(retryAfter: .seconds(2)), endedAt: ended)
            == ended.addingTimeInterval(2))
    }

    @Test func aRetryAfterOfZeroOrInThePastWaitsAtLeastAFirstBackoff() {
        let schedule = PollSchedule(refreshInterval: .seconds(60), firstBackoff: .seconds(5))
        #expect(schedule.delay(after: .throttled(retryAfter: .zero)) == .seconds(5))
        #expect(schedule.delay(after: .throttled(retryAfter: .seconds(-30))) == .seconds(5))
        #expect(schedule.delay(after: .throttled(retryAfter: .seconds(7))) == .seconds(7))
    }

    @Test func jitterOnlyShortensFailureWaitsAndOnlyByTheChosenFraction() {
        let schedule = PollSchedule(refreshInterval: .seconds(300), jitterFraction: 0.5)
        #expect(schedule.delay(after: .failed(consecutive: 2), randomUnit: 0) == .seconds(10))
        #expect(schedule.delay(after: .failed(consecutive: 2), randomUnit: 0.5) == .milliseconds(7_500))
        #expect(schedule.delay(after: .fetched, randomUnit: 0.9) == .seconds(300))
        #expect(schedule.delay(after: .throttled(retryAfter: .seconds(30)), randomUnit: 0.9) == .seconds(30))
    }

    @Test func consecutiveFailuresCountOnlyFailures() {
        #expect(FetchOutcome.failed(consecutive: 3).consecutiveFailures == 3)
        #expect(FetchOutcome.throttled(retryAfter: .seconds(5)).consecutiveFailures == 0)
        #expect(FetchOutcome.fetched.consecutiveFailures == 0)
    }
}
