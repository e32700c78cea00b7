import Foundation
@testable import FrontierCore
import TerminalKeys
import Testing

@Suite struct ReducerTests {
    func makeState() -> AppState {
        var state = AppState(dataset: SampleData.dataset)
        _ = reduce(&state, .viewportsMeasured([.models: 2, .costs: 3, .news: 2]))
        return state
    }

    func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        keys.flatMap { reduce(&state, .keyPressed($0)) }
    }

    @Test func tabCyclesFocusForwardAndShiftTabBack() {
        var state = makeState()
        #expect(state.focus == .models)
        _ = press(.tab, on: &state)
        #expect(state.focus == .costs)
        _ = press(.tab, .tab, on: &state)
        #expect(state.focus == .models)
        _ = press(.backTab, on: &state)
        #expect(state.focus == .news)
        _ = press("2", on: &state)
        #expect(state.focus == .costs)
    }

    @Test func movingStopsAtBothEnds() {
        var state = makeState()
        _ = press("k", on: &state)
        #expect(state.selectedIndex(.models) == 0)
        _ = press("j", .down, "j", "j", "j", on: &state)
        #expect(state.selectedIndex(.models) == 3)
        _ = press("g", on: &state)
        #expect(state.selectedIndex(.models) == 0)
        _ = press("G", on: &state)
        #expect(state.selectedID(.models) == "gpt-4o")
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var state = makeState()
        _ = press("j", "j", on: &state)
        #expect(state.panes[.models]?.offset == 1)
        _ = press("G", on: &state)
        #expect(state.panes[.models]?.offset == 2)
        _ = press("g", on: &state)
        #expect(state.panes[.models]?.offset == 0)
    }

    @Test func pageDownMovesByTheViewport() {
        var state = makeState()
        _ = press(.pageDown, on: &state)
        #expect(state.selectedIndex(.models) == 2)
        _ = press(.control("u"), on: &state)
        #expect(state.selectedIndex(.models) == 1)
    }

    @Test func selectionFollowsTheRowWhenTheSortChanges() {
        var state = makeState()
        _ = press("j", on: &state)
        #expect(state.selectedID(.models) == "o1")
        state.setSort(SortSpec(key: "name", descending: false), for: .models)
        #expect(state.selectedID(.models) == "o1")
        #expect(state.selectedIndex(.models) == 3)
    }

    @Test func enterOpensTheSelectedRowAndEscClosesIt() {
        var state = makeState()
        _ = press("3", "j", .enter, on: &state)
        #expect(state.overlay == .detail(.news, "n3"))
        _ = press("j", on: &state)
        #expect(state.overlayOffset == 1)
        #expect(state.selectedID(.news) == "n3")
        _ = press(.escape, on: &state)
        #expect(state.overlay == nil)
    }

    @Test func helpTogglesAndQuitWorksFromIt() {
        var state = makeState()
        _ = press("?", on: &state)
        #expect(state.overlay == .help)
        _ = press("?", on: &state)
        #expect(state.overlay == nil)
        _ = press("?", on: &state)
        #expect(press("q", on: &state) == [.quit])
        #expect(!state.running)
    }

    @Test func zoomTogglesAndEscLeavesIt() {
        var state = makeState()
        _ = press("z", on: &state)
        #expect(state.zoomed)
        _ = press("z", on: &state)
        #expect(!state.zoomed)
        _ = press("z", .escape, on: &state)
        #expect(!state.zoomed)
    }

    @Test func themesCycleAndWrap() {
        var state = AppState(dataset: SampleData.dataset, themes: ["default", "light"])
        _ = press("t", on: &state)
        #expect(state.themeName == "light")
        _ = press("t", on: &state)
        #expect(state.themeName == "default")
    }

    @Test func controlKeysQuitAndRepaint() {
        var state = makeState()
        #expect(press(.control("l"), on: &state) == [.repaint])
        #expect(press(.control("c"), on: &state) == [.quit])
    }

    @Test func unknownKeysChangeNothing() {
        var state = makeState()
        let before = state.panes
        #expect(press(.function(12), "@", on: &state).isEmpty)
        #expect(state.panes == before)
        #expect(state.focus == .models)
    }

    @Test func clickingAPaneFocusesItAndSelectsTheVisibleRow() {
        var state = makeState()
        _ = reduce(&state, .paneClicked(.models, rowID: "llama-3.1-405b"))
        #expect(state.selectedID(.models) == "llama-3.1-405b")
        _ = reduce(&state, .paneClicked(.news, rowID: "n3"))
        #expect(state.focus == .news)
        #expect(state.selectedID(.news) == "n3")
        _ = reduce(&state, .paneClicked(.models, rowID: nil))
        #expect(state.focus == .models)
        #expect(state.selectedID(.models) == "llama-3.1-405b")
    }

    @Test func wheelScrollsTheSelection() {
        var state = makeState()
        _ = reduce(&state, .wheelScrolled(.costs, lines: 3))
        #expect(state.focus == .costs)
        #expect(state.selectedIndex(.costs) == 3)
        _ = reduce(&state, .wheelScrolled(.costs, lines: -10))
        #expect(state.selectedIndex(.costs) == 0)
    }

    @Test func terminationQuits() {
        var state = makeState()
        #expect(reduce(&state, .terminationRequested) == [.quit])
        #expect(!state.running)
    }

    @Test func replacingTheDatasetKeepsTheSelectedRow() {
        var state = makeState()
        _ = press("j", "j", on: &state)
        let id = state.selectedID(.models)
        var changed = SampleData.dataset
        changed.models.removeAll { $0.id == "deepseek-v3" }
        state.replaceDataset(changed)
        #expect(state.selectedID(.models) == id)
    }

    @Test func offsetArithmeticNeverScrollsPastTheEnd() {
        #expect(AppState.offset(keeping: 9, visibleIn: 5, from: 0, count: 10) == 5)
        #expect(AppState.offset(keeping: 0, visibleIn: 5, from: 5, count: 10) == 0)
        #expect(AppState.offset(keeping: 3, visibleIn: 5, from: 4, count: 6) == 1)
        #expect(AppState.offset(keeping: 0, visibleIn: 0, from: 4, count: 6) == 0)
    }

    @Test func keyTableHasNoKeyBoundTwice() {
        let keys = KeyBindings.table.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func footerHintsComeFromTheTable() {
        let hints = KeyBindings.footerHints.map { "\($0.keys) \($0.label)" }
        #expect(hints == ["Tab pane", "j/k move", "/ filter", "s sort", "Space mark", "c compare", "Enter details", "? help", "q quit"])
    }

    @Test func sCyclesTheSortKeyInItsNaturalDirectionAndCapitalSReversesIt() {
        var state = makeState()
        #expect(state.sort(.models) == SortSpec(key: "released", descending: true))
        _ = press("s", on: &state)
        #expect(state.sort(.models) == SortSpec(key: "name", descending: false))
        #expect(state.rowIDs(.models) == ["deepseek-v3", "gpt-4o", "llama-3.1-405b", "o1"])
        _ = press("S", on: &state)
        #expect(state.sort(.models) == SortSpec(key: "name", descending: true))
        #expect(state.rowIDs(.models) == ["o1", "llama-3.1-405b", "gpt-4o", "deepseek-v3"])
        _ = press("3", "s", on: &state)
        #expect(state.sort(.news).key == "source")
        #expect(state.sort(.models).key == "name")
    }

    @Test func sortingKeepsTheSelectedRowSelected() {
        var state = makeState()
        _ = press("j", "j", on: &state)
        let selected = state.selectedID(.models)
        _ = press("s", "s", "S", on: &state)
        #expect(state.selectedID(.models) == selected)
    }

    @Test func cyclingTheSortWrapsAround() {
        var state = makeState()
        let keys = state.sortKeys(.costs)
        for _ in keys { _ = press("2", "s", on: &state) }
        #expect(state.sort(.costs).key == "value")
    }

    @Test func spaceMarksAndUnmarksModelsInOrder() {
        var state = makeState()
        _ = press(.character(" "), "j", .character(" "), on: &state)
        #expect(state.marks == ["deepseek-v3", "o1"])
        _ = press("k", .character(" "), on: &state)
        #expect(state.marks == ["o1"])
        _ = press("3", .character(" "), on: &state)
        #expect(state.marks == ["o1"], "Space marks models only")
    }

    @Test func aFailedReloadKeepsTheDataAndSaysWhyUntilAReloadSucceeds() {
        var state = makeState()
        _ = press("j", on: &state)
        let problem = Diagnostic(file: "d.json", line: 3, column: 7, path: "models[0].name", message: "missing required field \"name\"")
        _ = reduce(&state, .datasetReloadFailed([problem, problem]))
        #expect(state.dataProblem == problem.description + " (+1 more)")
        #expect(state.dataset == SampleData.dataset)
        var changed = SampleData.dataset
        changed.news.append(NewsItem(id: "n4", date: DayDate("2025-02-01")!, headline: "New", source: "s"))
        _ = reduce(&state, .datasetReloaded(changed, at: Date(timeIntervalSince1970: 0)))
        #expect(state.dataProblem == nil)
        #expect(state.rowIDs(.news).count == 4)
        #expect(state.selectedID(.models) == "o1", "the selected row stays selected across a reload")
    }
}
