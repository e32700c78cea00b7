import Testing
@testable import NcursesBackend

@Suite struct ColorPairAllocatorTests {
    @Test func defaultOnDefaultIsPairZero() {
        var pairs = ColorPairAllocator(pairCount: 256)
        #expect(pairs.assign(foreground: -1, background: -1) == .init(pair: 0, isNew: false))
        #expect(pairs.allocatedCount == 0)
    }

    @Test func theSameColoursReuseTheirPair() {
        var pairs = ColorPairAllocator(pairCount: 256)
        let first = pairs.assign(foreground: 196, background: -1)
        let second = pairs.assign(foreground: 21, background: 16)
        #expect(first == .init(pair: 1, isNew: true))
        #expect(second == .init(pair: 2, isNew: true))
        #expect(pairs.assign(foreground: 196, background: -1) == .init(pair: 1, isNew: false))
        #expect(pairs.allocatedCount == 2)
    }

    @Test func exhaustionBorrowsTheNearestPairAndNeverDefinesMore() {
        var pairs = ColorPairAllocator(pairCount: 3)
        #expect(pairs.assign(foreground: 196, background: 16).isNew)   // red on black: pair 1
        #expect(pairs.assign(foreground: 21, background: 231).isNew)   // blue on white: pair 2
        let nearRed = pairs.assign(foreground: 160, background: 16)
        #expect(nearRed == .init(pair: 1, isNew: false))
        let nearBlue = pairs.assign(foreground: 20, background: 255)
        #expect(nearBlue == .init(pair: 2, isNew: false))
        #expect(pairs.assign(foreground: 160, background: 16) == nearRed, "a borrowed pair stays stable")
        for foreground in 0..<256 {
            let assignment = pairs.assign(foreground: foreground, background: foreground % 7)
            #expect(!assignment.isNew)
            #expect((0...2).contains(assignment.pair))
        }
        #expect(pairs.allocatedCount == 2)
    }

    @Test func noPairsAtAllFallsBackToTheDefaultPair() {
        var pairs = ColorPairAllocator(pairCount: 0)
        #expect(pairs.assign(foreground: 196, background: 16) == .init(pair: 0, isNew: false))
        var one = ColorPairAllocator(pairCount: 1)
        #expect(one.assign(foreground: 196, background: 16) == .init(pair: 0, isNew: false))
    }

    @Test func resetStartsOver() {
        var pairs = ColorPairAllocator(pairCount: 2)
        _ = pairs.assign(foreground: 1, background: 2)
        pairs.reset()
        #expect(pairs.assign(foreground: 3, background: 4) == .init(pair: 1, isNew: true))
    }
}
