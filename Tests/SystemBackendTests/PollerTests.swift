@testable import SystemBackend
import Testing

@Suite struct EventLoopTests {
    @Test func noDeadlineWaitsForever() {
        #expect(Poller.timeout(until: nil) == -1)
    }

    @Test func aPassedDeadlineDoesNotWait() {
        let now = ContinuousClock.now
        #expect(Poller.timeout(until: now - .seconds(1), now: now) == 0)
        #expect(Poller.timeout(until: now, now: now) == 0)
    }

    @Test func timeoutsRoundUpSoTheLoopNeverWakesEarly() {
        let now = ContinuousClock.now
        #expect(Poller.timeout(until: now + .microseconds(1), now: now) == 1)
        #expect(Poller.timeout(until: now + .milliseconds(250), now: now) == 250)
        #expect(Poller.timeout(until: now + .microseconds(250_001), now: now) == 251)
        #expect(Poller.timeout(until: now + .seconds(1_000_000_000), now: now) == Int32.max)
    }
}
