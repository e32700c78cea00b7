import Foundation
import FrontierCore
import FrontierResources
import FrontierViews
import TerminalGrid
import TerminalKeys
import TestSupport

/// The story dataset (`Fixtures.story`, the embedded dataset as it stood at 2025-04) on a dashboard of a given size, driven the way the runtime drives it.
///
/// The runtime measures the viewports before every frame, so `press` does the same after each key;
/// without that, paging and scrolling would use stale heights and the frames would not match
/// what a user sees.
struct DashboardFixture {
    static let dataset: Dataset = Fixtures.story

    /// The time every frame is drawn at, so ages in the footer are the same on every run.
    static let now = Date(timeIntervalSince1970: 1_744_000_000)

    var state: AppState
    var glyphs: Glyphs
    var theme: Theme
    var now = DashboardFixture.now

    init(width: Int, height: Int, dataset: Dataset = DashboardFixture.dataset, glyphs: Glyphs = .unicode,
         theme: Theme = ThemeCatalog.defaultTheme) {
        state = AppState(dataset: dataset, width: width, height: height, themes: ThemeCatalog.builtIn.names)
        self.glyphs = glyphs
        self.theme = theme
        measureViewports()
    }

    var context: RenderContext {
        RenderContext(theme: theme, glyphs: glyphs, origin: "embedded dataset", now: now)
    }

    var layout: DashboardLayout {
        DashboardLayout(width: state.width, height: state.height, zoomed: state.zoomed, focus: state.focus)
    }

    mutating func measureViewports() {
        _ = reduce(&state, .viewportsMeasured(DashboardView.viewportRows(state)))
    }

    /// Presses keys one by one, measuring the viewports after each as the runtime does.
    mutating func press(_ keys: Key...) {
        press(keys)
    }

    mutating func press(_ keys: [Key]) {
        for key in keys {
            _ = reduce(&state, .keyPressed(key))
            measureViewports()
        }
    }

    /// Focuses a pane with its number key (`1`, `2`, `3`).
    mutating func press(focusing pane: PaneID) {
        press(.character(Character(String(pane.number))))
    }

    mutating func send(_ action: Action) {
        _ = reduce(&state, action)
        measureViewports()
    }

    func render() -> Grid {
        DashboardView.render(state, context: context)
    }

    /// Selects the row with `id` in the focused pane by pressing `j` until it is selected.
    mutating func moveSelection(to id: String) {
        let ids = state.rowIDs(state.focus)
        guard let target = ids.firstIndex(of: id) else { return }
        press("g")
        press(Array(repeating: "j", count: target))
    }
}
