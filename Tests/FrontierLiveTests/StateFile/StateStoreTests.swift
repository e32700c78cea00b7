import Foundation
@testable import FrontierCore
@testable import FrontierLive
import TestSupport
import SystemBackend
import Testing

/// 2026-11-29T02:15:00Z, the clock every store in these tests reads.
private let fixedNow = Date(timeIntervalSince1970: 1_795_918_500)

private func store(in directory: borrowing TemporaryDirectory, _ name: String = "state.json") -> StateStore {
    StateStore(path: directory.path + "/" + name, now: { fixedNow })
}

private let sample = PersistedState(
    focus: .costs,
    filters: [.models: "org:deepseek"],
    sorts: [.models: SortSpec(key: "price", descending: false)],
    marks: ["deepseek-v3"],
    theme: "dark",
    mix: TokenMix(input: 1, output: 1),
    savedViews: ["cheap": SavedView(focus: .models, sorts: [.models: SortSpec(key: "price", descending: false)])],
    filterHistory: [.models: ["org:deepseek"]],
    lastExit: "2026-11-28T20:00:00Z"
)

@Suite struct StateStoreTests {
    @Test func savedStateLoadsBackUnchangedWithoutNotice() throws {
        let directory = try TemporaryDirectory()
        try store(in: directory).save(sample)
        let loaded = store(in: directory).load()
        #expect(loaded.state == sample)
        #expect(loaded.notice == nil)
    }

    @Test func missingFileIsAFirstRunWithCleanStateAndNoNotice() throws {
        let directory = try TemporaryDirectory()
        let loaded = store(in: directory).load()
        #expect(loaded.state == PersistedState())
        #expect(loaded.notice == nil)
        #expect(try directory.entries() == [])
    }

    @Test func corruptFileIsSetAsideWithItsBytesAndANoticeNamingBothPaths() throws {
        let directory = try TemporaryDirectory()
        let text = "{\n  \"version\": 1,\n  \"focus\" \"news\"\n}\n"
        try directory.write(text, to: "state.json")
        let loaded = store(in: directory).load()
        #expect(loaded.state == PersistedState())
        #expect(loaded.notice == "frontier: state file \(directory.path)/state.json is not valid JSON "
            + "(line 3, column 11: expected ':' after object key, got '\"'); moved it to "
            + "\(directory.path)/state.json.corrupt-20261129T021500Z and started clean")
        #expect(try directory.entries() == ["state.json.corrupt-20261129T021500Z"])
        #expect(directory.bytes(of: "state.json.corrupt-20261129T021500Z") == Array(text.utf8))
    }

    @Test(arguments: [
        ("", "is empty"),
        ("[1, 2]", "is not a JSON object"),
        ("\"state\"", "is not a JSON object"),
    ])
    func unusableContentIsSetAsideWithItsReason(content: String, reason: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write(content, to: "state.json")
        let notice = try #require(store(in: directory).load().notice)
        #expect(notice.hasPrefix("frontier: state file \(directory.path)/state.json \(reason); moved it to "))
        #expect(directory.bytes(of: "state.json.corrupt-20261129T021500Z") == Array(content.utf8))
    }

    @Test func unreadableFileIsSetAsideWithTheSystemsReason() throws {
        let directory = try TemporaryDirectory()
        #expect(mkdir(directory.path + "/state.json", 0o700) == 0)
        let notice = try #require(store(in: directory).load().notice)
        #expect(notice == "frontier: state file \(directory.path)/state.json could not be read (Is a directory); "
            + "moved it to \(directory.path)/state.json.corrupt-20261129T021500Z and started clean")
    }

    @Test func settingAsideNeverReplacesAnEarlierSetAsideFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("first", to: "state.json")
        _ = store(in: directory).load()
        try directory.write("second", to: "state.json")
        let notice = try #require(store(in: directory).load().notice)
        #expect(notice.hasSuffix("moved it to \(directory.path)/state.json.corrupt-20261129T021500Z-2 and started clean"))
        #expect(directory.bytes(of: "state.json.corrupt-20261129T021500Z") == Array("first".utf8))
        #expect(directory.bytes(of: "state.json.corrupt-20261129T021500Z-2") == Array("second".utf8))
    }

    @Test func fileFromANewerVersionIsLeftInPlaceAndNeverSavedOver() throws {
        let directory = try TemporaryDirectory()
        let text = #"{"version": 2, "focus": "news", "panes": ["models"]}"#
        try directory.write(text, to: "state.json")
        let loaded = store(in: directory).load()
        #expect(loaded.state == PersistedState())
        #expect(loaded.notice == "frontier: state file \(directory.path)/state.json is format version 2, newer than "
            + "this frontier reads (1); left it as it is and started clean without saving")
        #expect(throws: StateStoreError.newerVersionOnDisk(path: directory.path + "/state.json", version: 2, supported: 1)) {
            try store(in: directory).save(sample)
        }
        #expect(try directory.entries() == ["state.json"])
        #expect(directory.bytes(of: "state.json") == Array(text.utf8))
    }

    @Test func savingCreatesMissingDirectoriesPrivateAndTheFilePrivate() throws {
        let directory = try TemporaryDirectory()
        try StateStore(path: directory.path + "/state/frontier/state.json").save(sample)
        #expect(directory.permissions(of: "state") == 0o700)
        #expect(directory.permissions(of: "state/frontier") == 0o700)
        #expect(directory.permissions(of: "state/frontier/state.json") == 0o600)
    }

    @Test func savingLeavesNoTemporaryFileBehind() throws {
        let directory = try TemporaryDirectory()
        try store(in: directory).save(sample)
        try store(in: directory).save(PersistedState())
        #expect(try directory.entries() == ["state.json"])
        #expect(store(in: directory).load().state == PersistedState())
    }

    @Test func failedSaveNamesThePathAndTheSystemsReason() throws {
        let directory = try TemporaryDirectory()
        try directory.write("not a directory", to: "frontier")
        let path = directory.path + "/frontier/state.json"
        #expect(throws: StateStoreError.system(operation: "create directory", path: directory.path + "/frontier",
                                               reason: "Not a directory")) {
            try StateStore(path: path).save(sample)
        }
        let error = StateStoreError.system(operation: "create directory", path: "/x/frontier", reason: "Not a directory")
        #expect(error.description == "frontier: could not save the state: cannot create directory /x/frontier (Not a directory)")
    }

    @Test func readersSeeTheOldFileOrTheNewOneButNeverHalfOfEither() throws {
        let directory = try TemporaryDirectory()
        let small = PersistedState(theme: "light")
        let large = PersistedState(marks: (1...2000).map { "model-\($0)" }, theme: "dark")
        let writer = store(in: directory)
        try writer.save(small)
        let writes = 200
        let failures = Locked<[String]>([])
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for number in 0..<writes {
                do {
                    try writer.save(number.isMultiple(of: 2) ? large : small)
                } catch {
                    failures.update { $0.append("\(error)") }
                }
            }
            finished.signal()
        }
        var reads = 0
        while finished.wait(timeout: .now()) == .timedOut {
            let bytes = try FileContents.read(path: writer.path)
            let state = try JSONDecoder().decode(PersistedState.self, from: Data(bytes))
            #expect(state == small || state == large)
            reads += 1
        }
        #expect(failures.value == [])
        #expect(reads > 0)
        #expect(writer.load().state == small)
        #expect(try directory.entries() == ["state.json"])
    }

    @Test(arguments: [
        (["XDG_STATE_HOME": "/x/state", "HOME": "/home/ada"], "/x/state/frontier/state.json"),
        (["XDG_STATE_HOME": "/x/state/", "HOME": "/home/ada"], "/x/state/frontier/state.json"),
        (["HOME": "/home/ada"], "/home/ada/.local/state/frontier/state.json"),
        (["HOME": "/home/ada/"], "/home/ada/.local/state/frontier/state.json"),
        (["XDG_STATE_HOME": "state", "HOME": "/home/ada"], "/home/ada/.local/state/frontier/state.json"),
        (["XDG_STATE_HOME": "", "HOME": "/home/ada"], "/home/ada/.local/state/frontier/state.json"),
        (["XDG_STATE_HOME": "/x/state"], "/x/state/frontier/state.json"),
        (["XDG_STATE_HOME": "state", "HOME": "ada"], nil),
        ([:], nil),
    ] as [([String: String], String?)])
    func defaultPathFollowsTheXDGRules(environment: [String: String], expected: String?) {
        #expect(StateStore.defaultPath(environment: environment) == expected)
    }
}
