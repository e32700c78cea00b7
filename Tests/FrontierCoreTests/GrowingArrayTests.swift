import Foundation
@testable import FrontierCore
import Testing

/// Copies that share one buffer behave as separate arrays: each sees what it holds, whichever
/// appends, changes or goes away first.
@Suite struct GrowingArrayTests {
    /// Counts its live instances, so a test sees every element released exactly once.
    final class Tracked: Equatable, @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.lock.withLock { Self.live += 1 }
        }

        deinit { Self.lock.withLock { Self.live -= 1 } }

        static func == (lhs: Tracked, rhs: Tracked) -> Bool { lhs.value == rhs.value }
    }

    @Test func copiesThatAppendSeeOnlyTheirOwnElements() {
        var base: GrowingArray<Int> = []
        for number in 0..<100 { base.append(number) }
        var first = base
        first.append(100)
        // `first` appended in place after `base`'s last element, so `second` must not.
        var second = base
        second.append(-1)
        #expect(base.array == Array(0..<100))
        #expect(first.array == Array(0...100))
        #expect(second.array == Array(0..<100) + [-1])
        #expect(first.sharesPrefix(with: base))
        #expect(!second.sharesPrefix(with: base))
        // The original appends after both: it too gets its own buffer.
        base.append(7)
        #expect(base.array == Array(0..<100) + [7])
        #expect(first.array == Array(0...100))
        #expect(second.array == Array(0..<100) + [-1])
        #expect(first.commonPrefixCount(with: base) == 100)
        #expect(first.commonPrefixCount(with: GrowingArray(Array(0...100))) == 101)
    }

    @Test func changingASharedCopyLeavesTheOthers() {
        var base = GrowingArray(Array(0..<10))
        var appended = base
        appended.append(10)
        var changed = appended
        changed[3] = 33
        changed.remove(at: 0)
        changed.insert(-5, at: 2)
        changed.sort()
        #expect(base.array == Array(0..<10))
        #expect(appended.array == Array(0...10))
        #expect(changed.array == [-5, 1, 2, 4, 5, 6, 7, 8, 9, 10, 33])
        base.removeLast()
        base += [20, 21]
        #expect(base.array == Array(0..<9) + [20, 21])
        #expect(appended.array == Array(0...10))
        #expect(base == GrowingArray(Array(0..<9) + [20, 21]))
        #expect(base != appended)
    }

    @Test func everyElementIsReleasedOnceWhicheverCopyGoesLast() {
        #expect(Tracked.live == 0)
        do {
            var base: GrowingArray<Tracked> = []
            for number in 0..<50 { base.append(Tracked(number)) }
            var longer = base
            for number in 50..<60 { longer.append(Tracked(number)) }
            var other = base
            other.append(Tracked(-1))
            #expect(Tracked.live == 61)
            base = []
            #expect(Tracked.live == 61, "the items are still held by the longer copy")
            longer[0] = Tracked(1000)
            other.removeAll()
            #expect(longer.count == 60 && longer[0].value == 1000 && longer[59].value == 59)
        }
        #expect(Tracked.live == 0)
    }

    @Test func twoThreadsAppendingToCopiesOfOneArrayNeverShareAPlace() async {
        let base = GrowingArray(Array(0..<1000))
        for _ in 0..<50 {
            async let left: [Int] = Task.detached {
                var copy = base
                for number in 0..<200 { copy.append(number) }
                return copy.array
            }.value
            async let right: [Int] = Task.detached {
                var copy = base
                for number in 0..<200 { copy.append(-number) }
                return copy.array
            }.value
            let (leftElements, rightElements) = await (left, right)
            #expect(leftElements == Array(0..<1000) + Array(0..<200))
            #expect(rightElements == Array(0..<1000) + (0..<200).map { -$0 })
        }
        #expect(base.array == Array(0..<1000))
    }

    @Test func aDatasetThatAppendsNewsKeepsTheItemsOfTheOneOnScreen() {
        var shown = Dataset()
        for number in 0..<1000 {
            shown.news.append(NewsItem(id: "n\(number)", date: DayDate("2025-01-01")!, headline: "Item \(number)", source: "Wire"))
        }
        var next = shown
        next.news.append(NewsItem(id: "new", date: DayDate("2025-01-02")!, headline: "New", source: "Wire"))
        #expect(next.news.sharesPrefix(with: shown.news), "the append wrote after the shown items, not into a copy")
        #expect(shown.news.count == 1000 && shown.news.last?.id == "n999")
        #expect(DatasetChanges.changes(shown.news, next.news).map(\.record.id) == ["new"])
        #expect(shown != next)
    }
}
