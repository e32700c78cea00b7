@testable import FrontierCore
import Testing

/// The order rows take, written out plainly: missing keys last, `later` keys after every other
/// known one, the chosen direction within each, and ties in their original order.
private func expectedOrder(_ keys: [SortValue], descending: Bool) -> [Int] {
    func group(_ key: SortValue) -> Int {
        switch key {
        case .number, .text: return 0
        case .later: return 1
        case .missing: return 2
        }
    }
    return keys.indices.sorted { a, b in
        let ga = group(keys[a]), gb = group(keys[b])
        if ga != gb { return ga < gb }
        if keys[a] == keys[b] || ga == 2 { return a < b }
        switch (keys[a], keys[b]) {
        case let (.number(x), .number(y)), let (.later(x), .later(y)): return descending ? y < x : x < y
        case let (.text(x), .text(y)): return descending ? y < x : x < y
        default: return a < b
        }
    }
}

@Suite struct SortValueTests {
    /// Days (whole numbers, some `later`) take the packed integer sort; the order must be the
    /// one the general rule gives, ties and all.
    @Test(arguments: [false, true])
    func daysSortAsTheGeneralRuleSortsThem(descending: Bool) {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let keys: [SortValue] = (0..<5000).map { _ in
            let day = Double(next(400) - 200) * (next(10) == 0 ? 3000 : 1)
            return next(8) == 0 ? .later(day) : .number(day)
        }
        #expect(SortValue.stableOrder(keys, descending: descending) { $0 } == expectedOrder(keys, descending: descending))
    }

    /// Elements appended to sorted ones are put in their places: the order is the one a
    /// whole sort gives, whether they go first, last, among ties or nowhere (none appended).
    @Test(arguments: [false, true])
    func appendedDaysTakeThePlacesAWholeSortGivesThem(descending: Bool) {
        var random = Seeded(seed: descending ? 3 : 4)
        for _ in 0..<300 {
            let count = random.next(below: 300)
            let added = random.next(below: 4) == 0 ? random.next(below: 40) : random.next(below: 3)
            // Few distinct days, so ties are common; some days only when an import read the item.
            let keys = (0..<(count + added)).map { _ in (later: random.next(below: 6) == 0, value: random.next(below: 30) - 15) }
            let before = SortValue.wholeOrder(count: count, descending: descending) { keys[$0] }
            let extended = SortValue.wholeOrder(extending: before, count: count + added, descending: descending) { keys[$0] }
            #expect(extended == SortValue.wholeOrder(count: count + added, descending: descending) { keys[$0] }, "\(count) + \(added)")
        }
    }

    /// Fractions, text and missing keys take the general sort, with the same rule.
    @Test(arguments: [false, true])
    func otherKeysSortByTheSameRule(descending: Bool) {
        let keys: [SortValue] = [.number(2.5), .missing, .number(1), .later(3), .number(2.5), .number(-4), .missing, .later(1)]
        #expect(SortValue.stableOrder(keys, descending: descending) { $0 } == expectedOrder(keys, descending: descending))
        let words: [SortValue] = [.text("b"), .text("a"), .missing, .text("b")]
        #expect(SortValue.stableOrder(words, descending: descending) { $0 } == expectedOrder(words, descending: descending))
    }
}
