import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing

private let start = Date(timeIntervalSince1970: 1_795_921_920)

@Suite struct IngestSchedulerTests {
    func source(_ name: String, every seconds: Double) -> IngestSource {
        IngestSource(name: name, kind: .rss, location: .path("/feeds/\(name).xml"), interval: .seconds(seconds))
    }

    @Test func everySourceIsDueAtStartInConfigOrder() {
        var scheduler = IngestScheduler(sources: [source("a", every: 60), source("b", every: 10)], start: start)
        #expect(scheduler.next?.index == 0)
        #expect(scheduler.next?.due == start)
        scheduler.record(.succeeded, for: 0, endedAt: start)
        #expect(scheduler.next?.index == 1)
    }

    @Test func theEarliestDeadlineGoesFirstAndEachSourceKeepsItsOwnInterval() {
        var scheduler = IngestScheduler(sources: [source("hourly", every: 3600), source("quick", every: 900)], start: start)
        #expect(scheduler.record(.succeeded, for: 0, endedAt: start) == .seconds(3600))
        #expect(scheduler.record(.succeeded, for: 1, endedAt: start) == .seconds(900))
        var order: [Int] = []
        for _ in 0..<5 {
            let (index, due) = scheduler.next!
            order.append(index)
            scheduler.record(.succeeded, for: index, endedAt: due)
        }
        #expect(order == [1, 1, 1, 0, 1])
    }

    @Test func failuresBackOffFromAQuarterOfAShortIntervalAndDoubleUpToIt() {
        var scheduler = IngestScheduler(sources: [source("a", every: 2)], start: start)
        let waits = (0..<4).map { _ in scheduler.record(.failed, for: 0, endedAt: start) }
        #expect(waits == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(2)])
        #expect(scheduler.record(.succeeded, for: 0, endedAt: start) == .seconds(2))
        #expect(scheduler.record(.failed, for: 0, endedAt: start) == .milliseconds(500))
    }

    @Test func aLongIntervalBacksOffFromFiveSecondsToFifteenMinutes() {
        var scheduler = IngestScheduler(sources: [source("a", every: 86_400)], start: start)
        let waits = (0..<10).map { _ in scheduler.record(.failed, for: 0, endedAt: start) }
        #expect(waits.prefix(3) == [.seconds(5), .seconds(10), .seconds(20)])
        #expect(waits.last == .seconds(900))
    }

    @Test func retryAfterIsWaitedOutExactlyEvenBeyondTheInterval() {
        var scheduler = IngestScheduler(sources: [source("a", every: 60)], start: start)
        #expect(scheduler.record(.throttled(retryAfter: .seconds(120)), for: 0, endedAt: start) == .seconds(120))
        #expect(scheduler.next?.due == start.addingTimeInterval(120))
        #expect(scheduler.slots[0].consecutiveFailures == 0)
    }
}
