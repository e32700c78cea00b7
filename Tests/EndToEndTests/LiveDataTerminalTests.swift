import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// The `--data` files change under a running dashboard: it follows them, and a broken save
/// never blanks the screen.
@Suite("Watched data files in a real terminal")
struct LiveDataTerminalTests {
    /// Writes `text` next to `path` and renames it over, the way editors save.
    static func save(_ text: String, to path: String) throws {
        let temporary = path + ".saving"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    static func datasetWithHeadline(_ headline: String) throws -> String {
        var object = try JSONSerialization.jsonObject(with: Data(try Fixtures.storyJSON().utf8)) as! [String: Any]
        var news = object["news"] as! [[String: Any]]
        news.append(["id": "n-live", "date": "2025-04-30", "headline": headline, "source": "test"])
        object["news"] = news
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]), as: UTF8.self)
    }

    @Test("A saved change appears on screen; a broken save keeps the last good data and names the problem until fixed")
    func followsTheDataFile() async throws {
        try await Tmux.with { tmux in
            let path = tmux.directory + "/data.json"
            try Data(try Fixtures.storyJSON().utf8).write(to: URL(fileURLWithPath: path))
            try tmux.start(command: ["frontier", "--data", path])
            try await tmux.waitFor(text: "Models 1/31")

            try Self.save(try Self.datasetWithHeadline("A live headline arrives"), to: path)
            try await tmux.waitFor(text: "A live headline arrives")

            try Self.save("{\"schema\": 1, \"models\": [", to: path)
            let broken = try await tmux.waitFor(text: "data.json:1:")
            #expect(broken.contains("A live headline arrives"), "the last good data stays:\n\(broken)")
            #expect(broken.contains("unexpected end of input"))

            try Self.save(try Fixtures.storyJSON(), to: path)
            let fixed = try await tmux.waitUntilGone(text: "data.json:1:")
            #expect(!fixed.contains("A live headline arrives"), "the fixed file is shown:\n\(fixed)")
        }
    }
}

/// A JSON Lines feed followed by a running dashboard.
@Suite("Feeds in a real terminal")
struct FeedTerminalTests {
    static func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    @Test("Lines appended to a feed appear as they arrive; a bad line is named by its line number and skipped")
    func followsAFeed() async throws {
        try await Tmux.with { tmux in
            let path = tmux.directory + "/news.jsonl"
            try Data(#"{"kind":"news","id":"f1","date":"2025-04-20","headline":"First feed headline","source":"feed"}"#.utf8 + [0x0A])
                .write(to: URL(fileURLWithPath: path))
            try tmux.start(command: Tmux.storyDashboard + ["--feed", path])
            try await tmux.waitFor(text: "First feed headline")
            try Self.append(#"{"kind":"news","id":"f2","date":"2025-04-21","headline":"Second feed headline","source":"feed"}"# + "\nnot json\n"
                            + #"{"kind":"news","id":"f3","date":"2025-04-22","headline":"Third feed headline","source":"feed"}"# + "\n", to: path)
            let screen = try await tmux.waitFor(text: "Third feed headline")
            #expect(screen.contains("Second feed headline"))
            #expect(screen.contains("news.jsonl:3:1:"), "the bad line is reported:\n\(screen)")
            // A partial line waits for its newline.
            try Self.append(#"{"kind":"news","id":"f4","date":"2025-04-23","headline":"Fourth "#, to: path)
            try await Task.sleep(for: .milliseconds(400))
            #expect(!(try tmux.screen()).contains("Fourth feed headline"))
            try Self.append(#"feed headline","source":"feed"}"# + "\n", to: path)
            try await tmux.waitFor(text: "Fourth feed headline")
        }
    }
}

/// `--feed -`: records on stdin, keys from the terminal.
@Suite("A feed on stdin in a real terminal")
struct StandardInputFeedTerminalTests {
    @Test("tail -f news.jsonl | frontier --feed -: piped lines appear, and keys still work from /dev/tty")
    func readsRecordsFromAPipeAndKeysFromTheTerminal() async throws {
        try await Tmux.with { tmux in
            let path = tmux.directory + "/news.jsonl"
            try Data(#"{"kind":"news","id":"s1","date":"2025-04-20","headline":"Piped first headline","source":"pipe"}"#.utf8 + [0x0A])
                .write(to: URL(fileURLWithPath: path))
            let env = tmux.baseEnvironment().sorted { $0.key < $1.key }.map { Tmux.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
            try tmux.start(shellLine: "tail -n +1 -f \(Tmux.quote(path)) | env -i \(env) \(Tmux.quote(BuiltBinary.path)) --data \(Tmux.quote(Fixtures.storyPath)) --feed -")
            try await tmux.waitFor(text: "Piped first headline")
            try FeedTerminalTests.append(#"{"kind":"news","id":"s2","date":"2025-04-21","headline":"Piped second headline","source":"pipe"}"# + "\n", to: path)
            try await tmux.waitFor(text: "Piped second headline")
            // Keys come from the terminal, not from the pipe. The selection stayed on its row
            // (the first at start) while two newer items arrived above it.
            try tmux.send(keys: "3")
            try await tmux.waitFor(text: "News 3/42")
            try tmux.send(keys: "j")
            try await tmux.waitFor(text: "News 4/42")
            try tmux.send(keys: "q")
            // tail -f outlives frontier in the pipeline; the screen it left is the shell's again.
            try await tmux.waitUntilGone(text: "Piped second headline")
        }
    }
}
