@testable import FrontierCore
@testable import FrontierLive
import Testing

/// Instants made up as offsets from one fixed start, so no test depends on how fast it runs.
private let start = ContinuousClock.now
private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

@Suite struct DebouncerTests {
    @Test func nothingChangedMeansNoDeadlineAndNothingDue() {
        var debouncer = Debouncer()
        #expect(debouncer.nextDeadline == nil)
        #expect(debouncer.takeDue(at: at(10_000)) == [])
    }

    @Test func aLoneChangeIsDueAfterTheQuietPeriod() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(500))
        debouncer.record("a.json", at: at(0))
        #expect(debouncer.nextDeadline == at(100))
        #expect(debouncer.takeDue(at: at(99)) == [])
        #expect(debouncer.takeDue(at: at(100)) == ["a.json"])
        #expect(debouncer.nextDeadline == nil)
    }

    @Test func eachChangeInABurstPushesTheDeadlineBack() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(500))
        debouncer.record("a.json", at: at(0))
        debouncer.record("a.json", at: at(60))
        #expect(debouncer.nextDeadline == at(160))
        #expect(debouncer.takeDue(at: at(100)) == [])
        debouncer.record("a.json", at: at(150))
        #expect(debouncer.nextDeadline == at(250))
        #expect(debouncer.takeDue(at: at(250)) == ["a.json"])
    }

    @Test func aFileWrittenWithoutPauseIsDueAtTheMaximumWait() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(300))
        for step in stride(from: 0, through: 280, by: 40) { debouncer.record("feed.jsonl", at: at(step)) }
        #expect(debouncer.nextDeadline == at(300))
        #expect(debouncer.takeDue(at: at(300)) == ["feed.jsonl"])
        debouncer.record("feed.jsonl", at: at(320))
        #expect(debouncer.nextDeadline == at(420))
    }

    @Test func pathsBecomeDueEachOnItsOwnDeadline() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(500))
        debouncer.record(["a.json", "b.json"], at: at(0))
        debouncer.record("b.json", at: at(50))
        #expect(debouncer.nextDeadline == at(100))
        #expect(debouncer.due(at: at(100)) == ["a.json"])
        #expect(debouncer.takeDue(at: at(120)) == ["a.json"])
        #expect(debouncer.pendingPaths == ["b.json"])
        #expect(debouncer.nextDeadline == at(150))
        #expect(debouncer.takeDue(at: at(400)) == ["b.json"])
    }

    @Test func aLateWakeUpTakesEverythingDueByThen() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(500))
        debouncer.record("a.json", at: at(0))
        debouncer.record("b.json", at: at(30))
        #expect(debouncer.takeDue(at: at(1_000)) == ["a.json", "b.json"])
    }

    @Test func anEventReportedOutOfOrderDoesNotMoveTheDeadlineEarlier() {
        var debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(500))
        debouncer.record("a.json", at: at(80))
        debouncer.record("a.json", at: at(20))
        #expect(debouncer.nextDeadline == at(180))
    }

    @Test func theDefaultsPickUpEveryChangeWithin200Milliseconds() {
        var debouncer = Debouncer()
        debouncer.record("lone.json", at: at(0))
        #expect(debouncer.nextDeadline! <= at(200))
        var busy = Debouncer()
        for step in stride(from: 0, through: 1_000, by: 10) { busy.record("busy.json", at: at(step)) }
        #expect(busy.nextDeadline == at(200))
    }

    @Test func aMaximumWaitShorterThanTheQuietPeriodIsRaisedToIt() {
        let debouncer = Debouncer(quietPeriod: .milliseconds(100), maximumWait: .milliseconds(10))
        #expect(debouncer.maximumWait == .milliseconds(100))
    }
}
