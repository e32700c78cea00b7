import Foundation
import FrontierCore
@testable import FrontierViews
import TerminalGrid
import Testing

/// A 10 MB headline costs a frame no more than a short one: views cut long values with `…`.
@Suite struct LongFieldTests {
    static let headline = "Start " + String(repeating: "word ", count: 2 << 20) + "End"

    static let dataset: Dataset = {
        var dataset = DashboardFixture.dataset
        dataset.news.append(NewsItem(id: "huge", date: DayDate(year: 2031, month: 1, day: 1)!, headline: headline,
                                     summary: headline, source: headline))
        return dataset
    }()

    private func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        work()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func aFrameWithATenMegabyteHeadlineOnScreenTakesUnderASecond() {
        var fixture = DashboardFixture(width: 120, height: 40, dataset: Self.dataset)
        fixture.press("3")
        #expect(fixture.state.rowIDs(.news).first == "huge")
        var grid: Grid?
        // Ten frames, as ten keystrokes would draw: each walked the whole headline before.
        let elapsed = seconds { for _ in 0..<10 { grid = fixture.render() } }
        #expect(grid.map { $0.text(in: Rect(x: 0, y: 0, width: 120, height: 40)).joined().contains("Start word") } == true)
        #expect(elapsed < 10)
    }

    @Test func theDetailViewShowsTheStartOfALongValueCutWithAnEllipsis() {
        var fixture = DashboardFixture(width: 120, height: 60, dataset: Self.dataset)
        fixture.press("3")
        fixture.moveSelection(to: "huge")
        fixture.press(.enter)
        #expect(fixture.state.overlay == .detail(.news, "huge"))
        let lines = DetailOverlayView.layoutLines(
            DetailContent.make(pane: .news, id: "huge", dataset: fixture.state.dataset, projection: fixture.state.projection)!,
            width: 96, theme: ThemeCatalog.defaultTheme)
        let text = lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("Start word"))
        #expect(text.contains("…"))
        #expect(!text.contains("End"))
        #expect(text.utf8.count < 40_000)
        var grid: Grid?
        let elapsed = seconds { grid = fixture.render() }
        #expect(grid != nil)
        #expect(elapsed < 5)
        // The dataset keeps the whole value; only the view is cut.
        #expect(fixture.state.dataset.news.first { $0.id == "huge" }?.headline == Self.headline)
    }

    @Test func shortValuesAreLeftAsTheyAre() {
        #expect(DisplayCut.cut("模型🚀", to: 3) == "模型🚀")
        #expect(DisplayCut.cut("模型🚀x", to: 3) == "模型🚀…")
        #expect(DisplayCut.cut(String(repeating: "é", count: 5), to: 5) == String(repeating: "é", count: 5))
    }
}
