import Foundation
import FrontierCore
@testable import FrontierViews
import TerminalGrid
import Testing

/// What live updates look like: change marks, the News count, the pause notice and the sources line.
@Suite struct LiveDashboardTests {
    @Test func marksNewsCountAndSourcesAt120x40() {
        let fixture = DashboardFixture.live(width: 120, height: 40)
        let text = fixture.render().text
        #expect(text.contains("3 News (3 new)"))
        #expect(text.contains("data.json 2s ago · feed.jsonl live · data.example.org/…/dataset.json 4m ago (304)"))
        assertTextSnapshot(text, named: "live-120x40")
    }

    @Test func marksNewsCountAndSourcesAt80x24() {
        let fixture = DashboardFixture.live(width: 80, height: 24)
        let grid = fixture.render()
        #expect(grid.text.contains("3 News (3 new)"))
        let footer = grid.rowText(23)
        #expect(footer.contains("data.json 2s"), "\(footer)")
        #expect(footer.contains("Models 1/31 · default"), "\(footer)")
        assertTextSnapshot(grid.text, named: "live-80x24")
    }

    @Test func pausedFooterAt120x40() {
        var fixture = DashboardFixture.live(width: 120, height: 40)
        fixture.press("p")
        fixture.send(Self.threeChangesArrived(after: fixture))
        let text = fixture.render().text
        #expect(text.contains("paused · 3 changes waiting (p applies)"))
        assertTextSnapshot(text, named: "live-paused-120x40")
    }

    @Test func pausedFooterAt80x24() {
        var fixture = DashboardFixture.live(width: 80, height: 24)
        fixture.press("p")
        fixture.send(Self.threeChangesArrived(after: fixture))
        let footer = fixture.render().rowText(23)
        #expect(footer.contains("paused · 3 changes waiting (p applies)"), "\(footer)")
        #expect(footer.hasSuffix("Models 1/31 · default "), "\(footer)")
        assertTextSnapshot(fixture.render().text, named: "live-paused-80x24")
    }

    @Test func pausedWithNothingWaitingSaysHowToResume() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("p")
        #expect(fixture.render().rowText(39).contains("paused (p resumes)"))
        fixture.press("p")
        #expect(!fixture.render().rowText(39).contains("paused"))
    }

    @Test func focusingNewsClearsItsCount() {
        var fixture = DashboardFixture.live(width: 120, height: 40)
        fixture.press("3")
        let text = fixture.render().text
        #expect(text.contains("3 News "))
        #expect(!text.contains("new)"))
    }

    @Test func theTitleKeepsItsFilterCountAndSortBesideTheNewCount() throws {
        var fixture = DashboardFixture.live(width: 120, height: 40)
        // A filter on News without focusing it, which would count its news as seen.
        fixture.send(.savedStateLoaded(PersistedState(focus: .models, filters: [.news: "deepseek"]), at: fixture.now))
        let newsTop = try #require(fixture.render().lines.first { $0.contains("3 News") })
        #expect(newsTop.contains("3 News (3 new)"), "\(newsTop)")
        #expect(newsTop.contains("/43 · by date"), "\(newsTop)")
    }

    /// Data adding three news items to what the fixture shows, arriving now.
    static func threeChangesArrived(after fixture: DashboardFixture) -> Action {
        var dataset = fixture.state.dataset
        dataset.news += (1...3).map { NewsItem(id: "held-\($0)", date: DayDate("2025-04-11")!, headline: "Held \($0)", source: "feed") }
        return .dataArrived(dataset, problems: [], derived: nil, at: fixture.now)
    }

    /// The cells of the gutter column, and the rows' text, of a table pane.
    static func gutter(_ grid: Grid, pane: PaneID, fixture: DashboardFixture) throws -> [(glyph: String, style: Style, row: String)] {
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[pane]))
        return (inner.y..<inner.maxY).map { y in
            (grid[inner.x, y].symbol, grid[inner.x, y].style, grid.text(in: Rect(x: inner.x, y: y, width: inner.width, height: 1))[0])
        }
    }

    @Test func newAndChangedRowsShowTheirGlyphInEveryPane() throws {
        let fixture = DashboardFixture.live(width: 120, height: 40)
        let grid = fixture.render()
        let news = try Self.gutter(grid, pane: .news, fixture: fixture)
        #expect(news.filter { $0.glyph == "+" }.count == 3)
        #expect(news[1].row.contains("OpenAI announces a model") && news[1].glyph == "+")
        let models = try Self.gutter(grid, pane: .models, fixture: fixture)
        #expect(models.filter { $0.glyph == "~" }.map { $0.row.contains("Llama 4 Maverick") } == [true])
        let costs = try Self.gutter(grid, pane: .costs, fixture: fixture)
        let changedCosts = costs.filter { $0.glyph == "~" }.map(\.row)
        #expect(changedCosts.count == 2, "\(changedCosts)")
        #expect(changedCosts.allSatisfy { $0.contains("DeepSeek-V3") })
    }

    @Test func theMarkIsInTheThemesStyleAndColoursTheName() throws {
        let theme = ThemeCatalog.defaultTheme
        let fixture = DashboardFixture.live(width: 120, height: 40)
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.news]))
        let y = inner.y + 2
        #expect(grid[inner.x, y].symbol == "+")
        #expect(grid[inner.x, y].style.foreground == theme.added)
        #expect(grid[inner.x, y].style.attributes.contains(.bold))
        let headlineX = inner.x + 15
        #expect(grid[headlineX, y].style.foreground == theme.added)
        let models = DashboardLayout.inner(try #require(fixture.layout.panes[.models]))
        #expect(grid[models.x, models.y + 2].style.foreground == theme.changed)
    }

    @Test func withoutColourTheGlyphsStillSayIt() throws {
        let mono = try #require(ThemeCatalog.builtIn.theme(named: "mono"))
        for glyphs in [Glyphs.unicode, .ascii] {
            let fixture = DashboardFixture.live(width: 120, height: 40, glyphs: glyphs, theme: mono)
            let grid = fixture.render()
            #expect(try Self.gutter(grid, pane: .news, fixture: fixture).filter { $0.glyph == "+" }.count == 3)
            #expect(try Self.gutter(grid, pane: .models, fixture: fixture).contains { $0.glyph == "~" })
            #expect(grid.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        }
    }

    @Test func expiredMarksLeaveTheGutterBlank() throws {
        var fixture = DashboardFixture.live(width: 120, height: 40)
        fixture.send(.clockTicked(DashboardFixture.now.addingTimeInterval(AppState.changeMarkLifetime)))
        let grid = fixture.render()
        for pane in PaneID.allCases {
            #expect(try Self.gutter(grid, pane: pane, fixture: fixture).allSatisfy { $0.glyph == " " || $0.row.hasPrefix("Training") || $0.row.hasPrefix("API") }, "\(pane)")
        }
        #expect(grid.text.contains("3 News (3 new)"), "the count waits for the reader, not the clock")
    }

    @Test func aProblemWithTheDataWinsTheFooterOverTheSources() {
        var fixture = DashboardFixture.live(width: 80, height: 24)
        let problem = Diagnostic(file: "data.json", line: 41, column: 17, path: "models[3].released",
                                 message: "expected a date YYYY-MM-DD")
        fixture.send(.datasetReloadFailed([problem]))
        let footer = fixture.render().rowText(23)
        #expect(footer.contains(problem.description), "\(footer)")
        #expect(!footer.contains("feed.jsonl"), "no room left for the sources: \(footer)")
    }

    @Test func aShortProblemLeavesRoomForTheSources() {
        var fixture = DashboardFixture.live(width: 120, height: 40)
        fixture.send(.datasetReloadFailed([Diagnostic(file: "feed.jsonl", line: 3, column: 1, path: "", message: "bad line")]))
        let footer = fixture.render().rowText(39)
        #expect(footer.contains("feed.jsonl:3:1: bad line"), "\(footer)")
        #expect(footer.contains("data.json 2s"), "\(footer)")
    }

    @Test func withoutLiveSourcesTheFooterIsTheKeyHints() {
        let plain = DashboardFixture(width: 120, height: 40).render().rowText(39)
        #expect(plain.hasPrefix(" ? help  q quit  Tab pane"))
    }

    static func sourcesText(sources: [SourceStatus], now: Date, width: Int) -> String {
        SourcesLine(sources: sources, now: now, theme: ThemeCatalog.defaultTheme, glyphs: .unicode)
            .fitted(to: width).spans.map(\.text).joined()
    }

    @Test func theSourcesLineGivesWayStepByStep() {
        let now = DashboardFixture.now
        let sources = [
            SourceStatus(name: "data.json", state: .loaded(at: now.addingTimeInterval(-7200))),
            SourceStatus(name: "https://data.example.org/frontier/shared/dataset.json", state: .offline(cachedAt: now.addingTimeInterval(-3 * 86400))),
            SourceStatus(name: "stdin", state: .live),
            SourceStatus(name: "news.jsonl", state: .loaded(at: now.addingTimeInterval(-5))),
        ]
        let line = { (width: Int) in Self.sourcesText(sources: sources, now: now, width: width) }
        #expect(line(200) == "data.json 2h ago · https://data.example.org/frontier/shared/dataset.json offline (cached 3d ago) · stdin live · news.jsonl 5s ago")
        #expect(line(100) == "data.json 2h · data.example.org/…/dataset.json offline · stdin live · news.jsonl 5s",
                "statuses shorten, and the URL keeps its host and file")
        #expect(line(80) == "data.json 2h · …/dataset.json offline · stdin live · news.jsonl 5s")
        #expect(line(60) == "…/dataset.json offline · stdin live · +2 more", "the oldest loads go first")
        #expect(line(40) == "…/dataset.json offline · +3 more", "trouble stays longest")
        #expect(line(10) == "")
    }

    @Test func everyStateReadsPlainly() {
        let now = DashboardFixture.now
        func text(_ state: SourceStatus.State) -> String {
            Self.sourcesText(sources: [SourceStatus(name: "s", state: state)], now: now, width: 200)
        }
        #expect(text(.waiting) == "s waiting")
        #expect(text(.live) == "s live")
        #expect(text(.ended(at: now.addingTimeInterval(-90))) == "s ended 1m ago")
        #expect(text(.loaded(at: now)) == "s now")
        #expect(text(.fetched(at: now.addingTimeInterval(-3), status: 200)) == "s 3s ago (200)")
        #expect(text(.offline(cachedAt: nil)) == "s offline (no copy)")
        #expect(text(.failed(message: "HTTP 500", lastGood: now.addingTimeInterval(-600))) == "s failed: HTTP 500 (last good 10m ago)")
        #expect(text(.failed(message: "connection refused", lastGood: nil)) == "s failed: connection refused")
    }
}
