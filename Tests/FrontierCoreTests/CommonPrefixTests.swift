import Foundation
import Testing
@testable import FrontierCore

@Suite struct CommonPrefixTests {
    struct Item: Equatable {
        var name: String
        var value: Double
    }

    @Test func countsLeadingEqualElementsWhetherOrNotTheyShareStorage() {
        let old = (0..<1000).map { Item(name: "item \($0)", value: Double($0)) }
        var appended = old
        appended.append(Item(name: "new", value: 1))
        #expect(old.commonPrefixCount(with: appended) == 1000)
        #expect(appended.commonPrefixCount(with: old) == 1000)
        // Equal values made separately (other string storage) are equal too.
        let rebuilt = (0..<1000).map { Item(name: "item \($0)", value: Double($0)) }
        #expect(rebuilt.commonPrefixCount(with: old) == 1000)
        var changed = old
        changed[600].name = "changed"
        #expect(changed.commonPrefixCount(with: old) == 600)
        #expect([Item]().commonPrefixCount(with: old) == 0)
        #expect(old.commonPrefixCount(with: old) == 1000)
    }

    /// A copy of a news item made in memory that held other bytes equals the item bit for bit
    /// over its size: its fields leave no padding for the old bytes to show through, so news
    /// compare without `==` (which costs a retain and release per field).
    @Test func aCopiedNewsItemIsTheSameBitForBit() {
        let item = NewsItem(id: "n1", date: DayDate("2025-01-01")!, approximate: true, headline: "Headline",
                            summary: "Summary", orgs: ["deepseek"], source: "Wire", tags: ["release"])
        let copy = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<NewsItem>.stride, alignment: MemoryLayout<NewsItem>.alignment)
        defer { copy.deallocate() }
        copy.initializeMemory(as: UInt8.self, repeating: 0xAB, count: MemoryLayout<NewsItem>.stride)
        let typed = copy.bindMemory(to: NewsItem.self, capacity: 1)
        typed.initialize(to: item)
        defer { typed.deinitialize(count: 1) }
        let same = withUnsafePointer(to: item) { memcmp($0, typed, MemoryLayout<NewsItem>.size) == 0 }
        #expect(same)
    }

    @Test func newsAppendedToTheSameNewsAreOneAddedChange() throws {
        let news = (0..<200).map { NewsItem(id: "n\($0)", date: DayDate("2025-01-01")!, headline: "Headline \($0)", source: "Wire") }
        let old = Dataset(news: GrowingArray(news))
        var new = old
        new.news.append(NewsItem(id: "added", date: DayDate("2025-01-02")!, headline: "Added", source: "Wire"))
        new.news[10].headline = "Edited"
        let changes = DatasetChanges.changes(old.news, new.news)
        #expect(changes.map(\.record.id) == ["n10", "added"])
        #expect(changes.map(\.kind) == [.changed, .added])
    }
}

