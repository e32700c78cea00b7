import Foundation
@testable import FrontierCore
import Testing

private func decode(_ json: String) throws -> PersistedState {
    try JSONDecoder().decode(PersistedState.self, from: Data(json.utf8))
}

private let everyField = PersistedState(
    focus: .news,
    filters: [.models: "org:deepseek", .news: "week"],
    sorts: [.models: SortSpec(key: "price", descending: false), .news: SortSpec(key: "date", descending: true)],
    marks: ["deepseek-v3", "gpt-4o"],
    theme: "dark",
    mix: TokenMix(input: 1, output: 1),
    savedViews: ["deepseek-week": SavedView(focus: .news, filters: [.news: "deepseek"], sorts: [:])],
    filterHistory: [.models: ["org:openai", "org:deepseek"]],
    lastExit: "2026-11-29T02:15:00Z",
    seenNews: SeenNews(since: DayDate("2026-11-22")!, ids: ["n9", "n8"]),
    unknownFields: ["layout": .object(["split": .number(0.4), "panes": .array([.integer(1), .null])])]
)

@Suite struct PersistedStateTests {
    @Test func everyFieldSurvivesEncodingAndDecoding() throws {
        #expect(try JSONDecoder().decode(PersistedState.self, from: everyField.encodedJSON()) == everyField)
    }

    @Test func fileIsPrettyPrintedWithSortedKeysAndLeavesDefaultsOut() throws {
        let state = PersistedState(focus: .costs, filters: [.news: "r1"], sorts: [.models: SortSpec(key: "name", descending: false)],
                                   lastExit: "2026-11-29T02:15:00Z")
        let text = String(decoding: try state.encodedJSON(), as: UTF8.self)
        #expect(text == """
            {
              "filters" : {
                "news" : "r1"
              },
              "focus" : "costs",
              "lastExit" : "2026-11-29T02:15:00Z",
              "sorts" : {
                "models" : {
                  "descending" : false,
                  "key" : "name"
                }
              },
              "version" : 1
            }

            """)
    }

    @Test func paneKeyedDictionariesEncodeAsObjectsKeyedByPaneName() throws {
        let object = try #require(JSONSerialization.jsonObject(with: everyField.encodedJSON()) as? [String: Any])
        let filters = try #require(object["filters"] as? [String: String])
        #expect(filters == ["models": "org:deepseek", "news": "week"])
        let sorts = try #require(object["sorts"] as? [String: [String: Any]])
        #expect(Set(sorts.keys) == ["models", "news"])
        let history = try #require(object["filterHistory"] as? [String: [String]])
        #expect(history == ["models": ["org:openai", "org:deepseek"]])
        let views = try #require(object["savedViews"] as? [String: [String: Any]])
        #expect(views["deepseek-week"]?["filters"] as? [String: String] == ["news": "deepseek"])
    }

    @Test func missingFieldsTakeTheirDefaults() throws {
        #expect(try decode("{}") == PersistedState())
        #expect(try decode(#"{"version": 1}"#) == PersistedState())
    }

    @Test func wrongTypedFieldsFallBackOneByOne() throws {
        let state = try decode("""
            {
              "version": 1,
              "focus": 3,
              "filters": {"models": "org:deepseek", "costs": 5, "news": ""},
              "sorts": {"models": {"key": "price"}, "news": {"key": "date", "descending": true}},
              "marks": ["deepseek-v3", 2, null, "o1", "deepseek-v3"],
              "theme": ["dark"],
              "mix": {"input": "three", "output": 1},
              "savedViews": {"good": {"focus": "costs", "filters": 7}, "bad": "nope"},
              "filterHistory": {"models": ["a", 1, "b"], "news": "week"},
              "lastExit": "yesterday"
            }
            """)
        #expect(state == PersistedState(
            filters: [.models: "org:deepseek"],
            sorts: [.news: SortSpec(key: "date", descending: true)],
            marks: ["deepseek-v3", "o1"],
            savedViews: ["good": SavedView(focus: .costs)],
            filterHistory: [.models: ["a", "b"]]
        ))
    }

    @Test func unknownPanesAreIgnoredAndUnknownFieldsKeptAside() throws {
        let state = try decode("""
            {"version": 1, "focus": "charts", "theme": "dark", "layout": {"split": 0.4},
             "filters": {"charts": "x", "news": "r1"}}
            """)
        #expect(state == PersistedState(filters: [.news: "r1"], theme: "dark",
                                        unknownFields: ["layout": .object(["split": .number(0.4)])]))
    }

    @Test func unknownFieldsOfEveryJSONTypeAreWrittenBackUnchanged() throws {
        let json = """
            {"version": 1, "theme": "dark", "pinned": ["a", 1, -2.5, true, null, {"deep": [[]]}],
             "count": 9007199254740993, "note": "x\\\\y", "off": false, "nothing": null}
            """
        let state = try decode(json)
        #expect(state.unknownFields["count"] == .integer(9_007_199_254_740_993))
        #expect(state.unknownFields["nothing"] == .null)
        #expect(state.unknownFields["pinned"] == .array([.string("a"), .integer(1), .number(-2.5), .bool(true), .null,
                                                          .object(["deep": .array([.array([])])])]))
        let again = try decode(String(decoding: state.encodedJSON(), as: UTF8.self))
        #expect(again == state)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: state.encodedJSON()) as? NSDictionary
        #expect(original == written)
    }

    @Test func aKnownFieldIsNeverShadowedByAnUnknownOneOfTheSameName() throws {
        let state = PersistedState(theme: "dark", unknownFields: ["theme": .string("stale"), "extra": .bool(true)])
        let again = try decode(String(decoding: state.encodedJSON(), as: UTF8.self))
        #expect(again.theme == "dark")
        #expect(again.unknownFields == ["extra": .bool(true)])
    }

    @Test func seenNewsIsWrittenAsADayAndAListOfIDs() throws {
        let state = PersistedState(seenNews: SeenNews(since: DayDate("2025-04-01")!, ids: ["n2", "n1"]))
        let text = String(decoding: try state.encodedJSON(), as: UTF8.self)
        #expect(text.contains(#""since" : "2025-04-01""#))
        #expect(try decode(text) == state)
    }

    @Test func aDamagedSeenNewsEntryIsDroppedWholeAndMarksNothing() throws {
        #expect(try decode(#"{"seenNews": {"since": "April", "ids": ["a"]}}"#).seenNews == nil)
        #expect(try decode(#"{"seenNews": {"ids": ["a"]}}"#).seenNews == nil)
        #expect(try decode(#"{"seenNews": {"since": "2025-04-01", "ids": ["a", 3]}}"#).seenNews
            == SeenNews(since: DayDate("2025-04-01")!, ids: ["a"]))
    }

    @Test func newerVersionIsRefusedRatherThanGuessedAt() {
        #expect(throws: PersistedState.NewerVersionError(version: 2)) {
            try decode(#"{"version": 2, "focus": "news"}"#)
        }
    }

    @Test func unusableMixIsLeftOutOfTheFileInsteadOfFailingTheSave() throws {
        let state = PersistedState(theme: "dark", mix: TokenMix(input: .nan, output: 1))
        #expect(try decode(String(decoding: state.encodedJSON(), as: UTF8.self)) == PersistedState(theme: "dark"))
    }

    @Test func recordingAQueryAppendsItAsTheMostRecent() {
        let state = PersistedState().recording(query: "org:openai", for: .models).recording(query: " r1 ", for: .models)
        #expect(state.filterHistory == [.models: ["org:openai", "r1"]])
    }

    @Test func recordingARepeatedQueryMovesItToTheEnd() {
        let state = PersistedState(filterHistory: [.news: ["a", "b", "c"]]).recording(query: "a", for: .news)
        #expect(state.filterHistory[.news] == ["b", "c", "a"])
    }

    @Test func recordingABlankQueryChangesNothing() {
        let state = PersistedState(filterHistory: [.news: ["a"]])
        #expect(state.recording(query: "   ", for: .news) == state)
    }

    @Test func recordingDropsTheOldestPastTheLimit() {
        let limit = PersistedState.filterHistoryLimit
        var state = PersistedState()
        for number in 1...(limit + 5) { state = state.recording(query: "q\(number)", for: .models) }
        #expect(state.filterHistory[.models] == (6...(limit + 5)).map { "q\($0)" })
    }

    @Test func historyReadFromAFileIsDeduplicatedAndCappedLikeRecording() throws {
        let limit = PersistedState.filterHistoryLimit
        let queries = (1...(limit + 1)).map { "q\($0)" } + ["q3"]
        let list = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
        let state = try decode(#"{"filterHistory": {"costs": "# + list + "}}")
        #expect(state.filterHistory[.costs] == ["q2"] + (4...(limit + 1)).map { "q\($0)" } + ["q3"])
    }

    @Test func savedViewBringsBackFiltersSortsAndFocus() throws {
        let saved = PersistedState(focus: .news, filters: [.news: "deepseek"],
                                   sorts: [.news: SortSpec(key: "date", descending: true)])
            .savingView(named: "deepseek-week")
        var changed = saved
        changed.focus = .models
        changed.filters = [.models: "org:openai"]
        changed.sorts = [:]
        let restored = try #require(changed.restoringView(named: "deepseek-week"))
        #expect(restored.focus == .news)
        #expect(restored.filters == [.news: "deepseek"])
        #expect(restored.sorts == [.news: SortSpec(key: "date", descending: true)])
        #expect(restored.savedViews == saved.savedViews)
    }

    @Test func restoringAViewThatWasNeverSavedGivesNothing() {
        #expect(PersistedState().restoringView(named: "nope") == nil)
    }

    @Test func exitingStampsTheTimeInUTCToTheSecond() throws {
        let exit = Date(timeIntervalSince1970: 1_795_918_500.75)
        let state = PersistedState().exiting(at: exit)
        #expect(state.lastExit == "2026-11-29T02:15:00Z")
        #expect(state.lastExitDate == Date(timeIntervalSince1970: 1_795_918_500))
    }

    @Test func lastExitWithAnOffsetIsReadAsTheSameInstant() throws {
        let state = try decode(#"{"lastExit": "2026-11-29T03:15:00+01:00"}"#)
        #expect(state.lastExitDate == Date(timeIntervalSince1970: 1_795_918_500))
    }
}
