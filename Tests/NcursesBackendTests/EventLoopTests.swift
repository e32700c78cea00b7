import Testing
@testable import NcursesBackend

@Suite struct EventLoopTests {
    @Test func noDeadlineWaitsForever() {
        #expect(EventLoop.timeout(until: nil) == -1)
    }

    @Test func aPassedDeadlineDoesNotWait() {
        let now = ContinuousClock.now
        #expect(EventLoop.timeout(until: now - .seconds(1), now: now) == 0)
        #expect(EventLoop.timeout(until: now, now: now) == 0)
    }

    @Test func timeoutsRoundUpSoTheLoopNeverWakesEarly() {
        let now = ContinuousClock.now
        #expect(EventLoop.timeout(until: now + .microseconds(1), now: now) == 1)
        #expect(EventLoop.timeout(until: now + .milliseconds(250), now: now) == 250)
        #expect(EventLoop.timeout(until: now + .microseconds(250_001), now: now) == 251)
        #expect(EventLoop.timeout(until: now + .seconds(1_000_000_000), now: now) == Int32.max)
    }
}
