@testable import FrontierCore
import TerminalKeys
import Testing

/// The search index is built after the first frame, in the background, so a large dataset's
/// first screen does not wait for it; a filter typed before it arrives builds it at once.
@Suite struct BackgroundIndexReducerTests {
    @Test func theFirstFrameAsksForTheIndexAndTheBuiltOneIsTaken() {
        var state = AppState(dataset: SampleData.dataset)
        #expect(state.searchIndex == nil)
        #expect(reduce(&state, .screenShown) == [.buildSearchIndex(SampleData.dataset, today: nil)])
        _ = reduce(&state, .searchIndexBuilt(BuiltSearchIndex(SampleData.dataset)))
        #expect(state.searchIndex != nil)
        #expect(reduce(&state, .screenShown) == [], "an index in place is not built again")
        for key: Key in ["/", "o", "p", "e", "n", "a", "i"] { _ = reduce(&state, .keyPressed(key)) }
        #expect(state.rowIDs(.models) == ["o1", "gpt-4o"])
    }

    @Test func aFilterBeforeTheIndexArrivesBuildsItAndTheLateOneIsDropped() {
        var state = AppState(dataset: SampleData.dataset)
        for key: Key in ["/", "m", "e", "t", "a"] { _ = reduce(&state, .keyPressed(key)) }
        #expect(state.rowIDs(.models) == ["llama-3.1-405b"])
        #expect(state.searchIndex != nil)
        _ = reduce(&state, .searchIndexBuilt(BuiltSearchIndex(SampleData.dataset)))
        #expect(state.rowIDs(.models) == ["llama-3.1-405b"])
    }

    @Test func anIndexBuiltForAnotherDatasetIsNotUsed() {
        var state = AppState(dataset: SampleData.dataset)
        var other = SampleData.dataset
        other.models.removeLast()
        _ = reduce(&state, .searchIndexBuilt(BuiltSearchIndex(other)))
        #expect(state.searchIndex == nil)
    }
}
