import FrontierCore
import FrontierViews
import TerminalGrid
import TestSupport
import Testing

/// Issue 13: the whole screen with the default dataset and the whole corpus imported (four
/// price lists, the lab feeds, newsboat's samples): the first screen of every pane shows real,
/// notable rows, and says how many more one key shows.
@Suite struct CorpusScreenTests {
    static let dataset = Result { try CorpusImport.everything.get() }

    func fixture(width: Int, height: Int) throws -> DashboardFixture {
        DashboardFixture(width: width, height: height, dataset: try Self.dataset.get())
    }

    @Test func theFirstScreenAt120x40() throws {
        let fixture = try fixture(width: 120, height: 40)
        let text = fixture.render().text
        assertTextSnapshot(text, named: "corpus-120x40")
        try expectNotable(fixture, text)
    }

    @Test func theFirstScreenAt80x24() throws {
        let fixture = try fixture(width: 80, height: 24)
        let text = fixture.render().text
        assertTextSnapshot(text, named: "corpus-80x24")
        try expectNotable(fixture, text)
    }

    /// What "reads well" means, checked apart from the snapshot so a re-recording cannot
    /// accept a screen of listing noise.
    func expectNotable(_ fixture: DashboardFixture, _ text: String) throws {
        let dataset = try Self.dataset.get()
        let state = fixture.state
        let listed = dataset.models.count { $0.isListed }
        #expect(listed > 2_000, "the corpus did not import")
        #expect(text.contains("+ \(listed) listed (a)"), "the Models title counts the listed models")
        let byID = Dictionary(dataset.models.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let models = state.rowIDs(.models).compactMap { byID[$0] }
        #expect(!models.isEmpty && models.allSatisfy { !$0.isListed && !$0.releasedIsFirstSeen })
        // Newest first, and the newest is a real release, not the day of an import.
        #expect(models.first?.released == models.map(\.released).max())
        let prices = state.projection.costs.prices.filter { state.position(of: $0.id, in: .costs) != nil }
        #expect(!prices.isEmpty && prices.allSatisfy { $0.input + $0.output > 0 })
        #expect(prices.allSatisfy { byID[$0.model].map { !$0.isListed && $0.kind == nil } == true })
        // The header's span ends at the newest dated record, not at the day of the import.
        #expect(!text.contains("→ \(CorpusImport.day.description.prefix(7))") || dataset.news.contains {
            !$0.dateIsFirstSeen && $0.date.description.hasPrefix(CorpusImport.day.description.prefix(7))
        })
        #expect(!text.contains("$0.00 / $0.00"))
    }

    @Test func aShowsEveryRowAndTheTitleSaysSo() throws {
        var fixture = try fixture(width: 120, height: 40)
        let dataset = try Self.dataset.get()
        fixture.press("a")
        let text = fixture.render().text
        #expect(text.contains(" \(dataset.models.count) · by Released"), "every model counted once shown")
        #expect(!text.contains("listed (a)"))
        fixture.press("a")
        #expect(fixture.render().text.contains("listed (a)"))
    }
}
