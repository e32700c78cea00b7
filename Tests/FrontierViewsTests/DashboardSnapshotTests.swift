import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// Whole frames of the default dataset as text, compared with the files under `__Snapshots__`.
@Suite struct DashboardSnapshotTests {
    @Test func defaultDatasetAt120x40() {
        let fixture = DashboardFixture(width: 120, height: 40)
        assertTextSnapshot(fixture.render().text, named: "dashboard-120x40")
    }

    @Test func defaultDatasetAt80x24InUnicode() {
        let fixture = DashboardFixture(width: 80, height: 24, glyphs: .unicode)
        assertTextSnapshot(fixture.render().text, named: "dashboard-80x24-unicode")
    }

    @Test func defaultDatasetAt80x24InASCII() {
        let fixture = DashboardFixture(width: 80, height: 24, glyphs: .ascii)
        assertTextSnapshot(fixture.render().text, named: "dashboard-80x24-ascii")
    }

    @Test func tinyTerminalSaysWhatSizeItNeeds() {
        let text = DashboardFixture(width: 40, height: 10).render().text
        #expect(text.contains("terminal too small: need 60x15"))
        assertTextSnapshot(text, named: "dashboard-40x10-too-small")
    }

    @Test func helpOverlayAt120x40() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("?")
        assertTextSnapshot(fixture.render().text, named: "help-120x40")
    }

    @Test func deepSeekV3DetailAt120x40() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("1")
        fixture.moveSelection(to: "deepseek-v3")
        fixture.press(.enter)
        #expect(fixture.state.overlay == .detail(.models, "deepseek-v3"))
        assertTextSnapshot(fixture.render().text, named: "detail-deepseek-v3-120x40")
    }

    @Test func zoomedCostsPaneAt120x40() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("2", "z")
        #expect(fixture.state.zoomed)
        assertTextSnapshot(fixture.render().text, named: "costs-zoomed-120x40")
    }

    @Test func modelsScrolledFifteenRowsDownAt120x40() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press(Array(repeating: "j", count: 15))
        #expect(fixture.state.selectedIndex(.models) == 15)
        #expect((fixture.state.panes[.models]?.offset ?? 0) > 0)
        assertTextSnapshot(fixture.render().text, named: "models-scrolled-120x40")
    }
}
