import Foundation
@testable import FrontierCore
import TerminalKeys
import Testing

/// The filter line and the command line, driven key by key through `reduce`.
@Suite struct FilterAndCommandReducerTests {
    func makeState() -> AppState {
        var state = AppState(dataset: SampleData.dataset, themes: ["default", "nord"])
        _ = reduce(&state, .viewportsMeasured([.models: 3, .costs: 3, .news: 3]))
        return state
    }

    @Test func theFilterAppliesOnEveryKeystroke() {
        var state = makeState()
        type(["/"] + letters("org:open"), on: &state)
        #expect(state.inputMode == .filter(.models, previous: ""))
        #expect(state.rowIDs(.models) == ["o1", "gpt-4o"])
        type([.enter], on: &state)
        #expect(state.inputMode == .none)
        #expect(state.filter(.models)?.text == "org:open")
        #expect(state.filterHistory[.models] == ["org:open"])
    }

    /// Issue 13: a per-source filter one key away, for news at volume.
    @Test func equalsFiltersByTheSelectedRowsSourceOrOrganization() {
        var state = makeState()
        type(["3"], on: &state)
        let source = state.projection.news.rows[state.projection.rowIndex(of: state.selectedID(.news)!, in: .news)!].source
        type(["="], on: &state)
        #expect(state.filter(.news)?.text == "source:\"\(source)\"")
        #expect(!state.rowIDs(.news).isEmpty)
        #expect(state.rowIDs(.news).allSatisfy { id in
            state.projection.news.rows[state.projection.rowIndex(of: id, in: .news)!].source == source
        })
        #expect(state.filterHistory[.news] == ["source:\"\(source)\""])
        type(["="], on: &state)
        #expect(state.filter(.news) == nil)

        type(["1"], on: &state)
        state.panes[.models] = PaneState(selectedID: "o1")
        type(["="], on: &state)
        #expect(state.filter(.models)?.text == "org:\"openai\"")
        #expect(state.rowIDs(.models) == ["o1", "gpt-4o"])
    }

    @Test func escPutsBackTheFilterThatAppliedBefore() {
        var state = makeState()
        type(["/"] + letters("org:openai") + [.enter], on: &state)
        type(["/", .control("u")] + letters("org:meta"), on: &state)
        #expect(state.rowIDs(.models) == ["llama-3.1-405b"])
        type([.escape], on: &state)
        #expect(state.rowIDs(.models) == ["o1", "gpt-4o"])
        #expect(state.filter(.models)?.text == "org:openai")
    }

    @Test func aMalformedQueryKeepsTheLastResultsAndReportsWhere() {
        var state = makeState()
        type(["/"] + letters("org:openai )"), on: &state)
        #expect(state.rowIDs(.models) == ["o1", "gpt-4o"])
        #expect(state.filterError(.models)?.hasSuffix("at 12") == true)
        type([.backspace], on: &state)
        #expect(state.filterError(.models) == nil)
    }

    @Test func clearingTheFilterShowsEveryRowAgain() {
        var state = makeState()
        type(["/"] + letters("org:openai") + [.control("u"), .enter], on: &state)
        #expect(state.filter(.models) == nil)
        #expect(state.rowIDs(.models).count == 4)
    }

    @Test func upAndDownWalkTheHistory() {
        var state = makeState()
        type(["/"] + letters("org:meta") + [.enter], on: &state)
        type(["/", .control("u")] + letters("org:openai") + [.enter], on: &state)
        type(["/", .up], on: &state)
        #expect(state.input.text == "org:openai")
        type([.up], on: &state)
        #expect(state.input.text == "org:meta")
        #expect(state.rowIDs(.models) == ["llama-3.1-405b"])
        type([.down, .down], on: &state)
        #expect(state.input.text == "")
    }

    @Test func theSelectionStaysOnItsRowWhenAFilterKeepsIt() {
        var state = makeState()
        type(["G"], on: &state)
        #expect(state.selectedID(.models) == "gpt-4o")
        type(["/"] + letters("org:openai"), on: &state)
        #expect(state.selectedID(.models) == "gpt-4o")
    }

    @Test func filtersAreRunAgainWhenTheSortChanges() {
        var state = makeState()
        type(["/"] + letters("org:openai") + [.enter, "s"], on: &state)
        #expect(state.rowIDs(.models) == ["gpt-4o", "o1"])
    }

    @Test func commandsRunFromTheCommandLine() {
        var state = makeState()
        type([":"] + letters("theme nord") + [.enter], on: &state)
        #expect(state.themeName == "nord")
        type([":"] + letters("sort name desc") + [.enter], on: &state)
        #expect(state.sort(.models) == SortSpec(key: "name", descending: true))
        type([":"] + letters("mix 1:1") + [.enter], on: &state)
        #expect(state.mix == TokenMix(input: 1, output: 1))
        type([":"] + letters("frob") + [.enter], on: &state)
        #expect(state.message?.hasPrefix("unknown command \"frob\"") == true)
        #expect(state.inputMode == .none)
    }

    @Test func quitFromTheCommandLineQuits() {
        var state = makeState()
        _ = reduce(&state, .keyPressed(":"))
        for key in letters("quit") { _ = reduce(&state, .keyPressed(key)) }
        #expect(reduce(&state, .keyPressed(.enter)) == [.quit])
    }

    @Test func keysTypedIntoALineDoNotTriggerBindings() {
        var state = makeState()
        type(["/", "q", "j", "s"], on: &state)
        #expect(state.running)
        #expect(state.input.text == "qjs")
        #expect(state.sort(.models) == ModelsTable.defaultSort)
    }

    @Test func savedViewsComeBackByName() {
        var state = makeState()
        type(["/"] + letters("org:openai") + [.enter, "3", "s"], on: &state)
        type([":"] + letters("save mine") + [.enter], on: &state)
        type(["1", "/", .control("u"), .enter, "3", "S", "2"], on: &state)
        #expect(state.filter(.models) == nil)
        type([":"] + letters("view mine") + [.enter], on: &state)
        #expect(state.filter(.models)?.text == "org:openai")
        #expect(state.sort(.news) == SortSpec(key: "source", descending: false))
        #expect(state.focus == .news)
        type([":"] + letters("view nope") + [.enter], on: &state)
        #expect(state.message == "no saved view \"nope\"; views: mine")
    }

    @Test func whatIsPersistedRestoresTheSameView() {
        var state = makeState()
        type(["/"] + letters("org:openai") + [.enter, .character(" "), "t", "3", "s"], on: &state)
        type([":"] + letters("mix 10:1") + [.enter], on: &state)
        let saved = state.persisted()
        var next = makeState()
        next.restore(saved, at: Date(timeIntervalSince1970: 0))
        #expect(next.filter(.models)?.text == "org:openai")
        #expect(next.marks == state.marks)
        #expect(next.themeName == "nord")
        #expect(next.sort(.news) == state.sort(.news))
        #expect(next.mix == TokenMix(input: 10, output: 1))
        #expect(next.focus == .news)
        #expect(next.filterHistory == state.filterHistory)
    }

    @Test func typedTextReachesTheLinesEvenWhereItsKeysAreBound() {
        var state = makeState()
        type(["/"] + letters("q 模型 é?"), on: &state)
        #expect(state.input.text == "q 模型 é?")
        #expect(state.running, "q types into the filter line rather than quitting")
        #expect(state.overlay == nil)
        type([.escape, ":"] + letters("sort ñ"), on: &state)
        #expect(state.input.text == "sort ñ")
    }
}

/// Follow mode and the links from the selected model to its organization's rows.
@Suite struct FollowTests {
    func makeState() -> AppState {
        var state = AppState(dataset: SampleData.dataset)
        _ = reduce(&state, .viewportsMeasured([.models: 3, .costs: 3, .news: 3]))
        return state
    }

    @Test func theSelectedModelLinksItsOrganization() {
        var state = makeState()
        #expect(state.linkedOrganization == "deepseek")
        _ = reduce(&state, .keyPressed("G"))
        #expect(state.linkedOrganization == "openai")
    }

    @Test func followNarrowsNewsAndCostsToTheSelectedOrganization() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("f"))
        #expect(state.follow)
        #expect(state.rowIDs(.news) == ["n2", "n3", "n1"])
        #expect(state.rowIDs(.costs) == ["training:t-v3", "price:p-v3"])
        #expect(state.rowIDs(.models).count == 4, "the Models pane is never narrowed")
        _ = reduce(&state, .keyPressed("G"))
        #expect(state.rowIDs(.news).isEmpty)
        #expect(state.rowIDs(.costs) == ["training:t-gpt4", "price:p-4o", "price:p-o1"])
        #expect(state.selectedIndex(.costs) == 0)
        _ = reduce(&state, .keyPressed("f"))
        #expect(state.rowIDs(.news).count == 3)
    }

    @Test func followedRowsKeptBetweenActionsFollowFiltersSortsAndReloads() {
        var state = makeState()
        _ = reduce(&state, .keyPressed("f"))
        #expect(state.followedRows?.organization == "deepseek", "made once after the action")
        let fresh = { (state: AppState, pane: PaneID) -> [String] in
            let all = state.filters[pane]?.ids ?? state.projection.rowIDs(pane)
            return all.filter { state.projection.organizations(of: $0, in: pane).contains("deepseek") }
        }
        state.applyFilter("r1", to: .news)
        #expect(state.rowIDs(.news) == fresh(state, .news), "a filter set outside reduce is not hidden by the kept rows")
        _ = reduce(&state, .keyPressed("3"))
        _ = reduce(&state, .keyPressed("S"))
        #expect(state.rowIDs(.news) == fresh(state, .news))
        #expect(state.rowIDs(.news).enumerated().allSatisfy { state.position(of: $0.element, in: .news) == $0.offset })
        _ = reduce(&state, .datasetReloaded(state.dataset, at: Date()))
        #expect(state.rowIDs(.costs) == fresh(state, .costs))
    }

    @Test func aPasteOfTwelveThousandParenthesesStopsAtTheLineLimitAndShowsAnError() {
        var state = makeState()
        for key in ["/"] + [Key](repeating: "(", count: 12_000) { _ = reduce(&state, .keyPressed(key)) }
        #expect(state.input.text.count == InputLine.maximumLength)
        #expect(state.filterError(.models)?.contains("nested deeper than") == true)
        _ = reduce(&state, .keyPressed(.enter))
        #expect(state.rowIDs(.models).count == SampleData.dataset.models.count)
    }

    @Test func aSavedFilterThatBreaksTheLimitsIsDroppedAtStartNotACrash() {
        var state = makeState()
        let hostile = String(repeating: "(", count: 12_000)
        state.restore(PersistedState(filters: [.models: hostile, .news: String(repeating: "!", count: 50_000) + "x"]), at: Date())
        #expect(state.filter(.models) == nil)
        #expect(state.filter(.news) == nil)
        #expect(state.rowIDs(.models).count == SampleData.dataset.models.count)
    }
}
