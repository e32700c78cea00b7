import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// `frontier watch`: one line per new or changed record, for pipes.
@Suite("frontier watch")
struct WatchCommandTests {
    static func news(_ id: String, _ headline: String, org: String? = nil, date: String = "2025-05-01") -> String {
        let orgs = org.map { #","orgs":["\#($0)"]"# } ?? ""
        return #"{"kind":"news","id":"\#(id)","date":"\#(date)","headline":"\#(headline)","source":"Wire"\#(orgs)}"# + "\n"
    }

    @Test("Records arriving on stdin print one line each as they come; a bad line is named on stderr; the end of stdin ends it")
    func printsStdinRecordsAsTheyArrive() async throws {
        let watch = try RunningBinary(["watch", "--feed", "-"])
        try watch.write(Self.news("w1", "First arrival"))
        let first = try await watch.waitForLines(1)
        #expect(first == ["2025-05-01 + news     First arrival (Wire)"])
        try watch.write("not json\n" + Self.news("w2", "Second arrival"))
        let both = try await watch.waitForLines(2)
        #expect(both.last == "2025-05-01 + news     Second arrival (Wire)")
        try await watch.waitForError(containing: "stdin:2:1:")
        // A record sent again with a new headline is a change, not a new record.
        try watch.write(Self.news("w1", "First arrival, corrected"))
        let three = try await watch.waitForLines(3)
        #expect(three.last == "2025-05-01 ~ news     First arrival, corrected (Wire)")
        try watch.closeInput()
        #expect(watch.waitForExit() == 0)
    }

    @Test("--query keeps matching records and --format json prints the whole record with its change")
    func filtersAndPrintsJSON() async throws {
        let watch = try RunningBinary(["watch", "--feed", "-", "--format", "json", "--query", "org:deepseek"])
        try watch.write(Self.news("q1", "Not about DeepSeek", org: "openai") + Self.news("q2", "DeepSeek ships", org: "deepseek"))
        try watch.closeInput()
        #expect(watch.waitForExit() == 0)
        let lines = watch.lines
        #expect(lines.count == 1, "\(lines)")
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["change"] as? String == "added")
        #expect(object?["kind"] as? String == "news")
        let record = object?["record"] as? [String: Any]
        #expect(record?["id"] as? String == "q2")
        #expect(record?["orgs"] as? [String] == ["deepseek"])
    }

    @Test("--query matches prices and training runs in the Costs pane's terms")
    func filtersCostRecords() async throws {
        let watch = try RunningBinary(["watch", "--feed", "-", "--query", "deepseek"])
        try watch.write(#"{"kind":"price","id":"p-new","model":"deepseek-r1","input":0.5,"output":2,"asOf":"2025-06-01"}"# + "\n"
                        + #"{"kind":"price","id":"p-other","model":"gpt-4o","input":2,"output":8,"asOf":"2025-06-01"}"# + "\n")
        try watch.closeInput()
        #expect(watch.waitForExit() == 0)
        #expect(watch.lines.count == 1, "\(watch.stdout)")
        #expect(watch.lines.first?.contains("+ price    DeepSeek-R1") == true, "\(watch.stdout)")
    }

    @Test("A mistyped feed path is named, not silently shown as live")
    func namesAMissingFeed() throws {
        let result = try BuiltBinary.run(["list", "news", "--feed", "/nonexistent/typo.jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("/nonexistent/typo.jsonl:0:0: no such file"), "\(result.stderr)")
    }

    @Test("A feed truncated and written again replaces what it held: only the new record is printed")
    func aTruncatedFeedStartsOver() async throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let feed = directory + "/news.jsonl"
        try Data(Self.news("t1", "Before the truncation").utf8).write(to: URL(fileURLWithPath: feed))
        let watch = try RunningBinary(["watch", "--feed", feed])
        try await Task.sleep(for: .seconds(1))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: feed))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(Self.news("t2", "After the truncation").utf8))
        try handle.close()
        let lines = try await watch.waitForLines(1)
        try await Task.sleep(for: .milliseconds(500))
        #expect(watch.lines == ["2025-05-01 + news     After the truncation (Wire)"], "\(lines)")
        watch.signal(SIGTERM)
        _ = watch.waitForExit()
    }

    @Test("With nothing to follow it says so and exits 64")
    func refusesToWatchNothing() throws {
        let result = try BuiltBinary.run(["watch"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("nothing to follow"), "\(result.stderr)")
    }

    @Test("An invalid query exits 2 with its position")
    func rejectsAnInvalidQuery() throws {
        let result = try BuiltBinary.run(["watch", "--query", "date:>", "--feed", "/dev/null"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid query"))
    }

    @Test("It ends cleanly when its output is closed: frontier watch | head -2")
    func endsWhenTheOutputCloses() async throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let feed = directory + "/news.jsonl"
        FileManager.default.createFile(atPath: feed, contents: nil)
        let script = "'\(BuiltBinary.path)' watch --feed '\(feed)' | head -2; echo \"watch=${PIPESTATUS[0]}\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        try await Task.sleep(for: .seconds(1))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: feed))
        for index in 1...3 {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(Self.news("p\(index)", "Piped \(index)").utf8))
            try await Task.sleep(for: .milliseconds(300))
        }
        try handle.close()
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "watch still runs after head exited")
        if process.isRunning { process.terminate() }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("Piped 1") && text.contains("Piped 2") && !text.contains("Piped 3"), "\(text)")
        #expect(text.contains("watch=0"), "watch exits 0 on a closed pipe: \(text)")
    }

    @Test("A data file is followed through a write in place, a save by rename, and a delete and re-create")
    func followsTheDataFileThroughEveryKindOfSave() async throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let path = directory + "/data.json"
        try Data(try Fixtures.storyJSON().utf8).write(to: URL(fileURLWithPath: path))
        let watch = try RunningBinary(["watch", "--data", path])
        // Time to load and start watching: there is nothing to print before a change.
        try await Task.sleep(for: .seconds(1))

        // Written in place.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(try LiveDataTerminalTests.datasetWithHeadline("Written in place").utf8))
        try handle.close()
        #expect(try await watch.waitForLines(1).last?.contains("Written in place") == true)

        // Saved by rename over it.
        try LiveDataTerminalTests.save(try LiveDataTerminalTests.datasetWithHeadline("Saved by rename"), to: path)
        #expect(try await watch.waitForLines(2).last?.contains("~ news") == true)
        #expect(watch.lines.last?.contains("Saved by rename") == true)

        // Deleted, then created again.
        try FileManager.default.removeItem(atPath: path)
        try await Task.sleep(for: .milliseconds(400))
        try Data(try LiveDataTerminalTests.datasetWithHeadline("Created again").utf8).write(to: URL(fileURLWithPath: path))
        #expect(try await watch.waitForLines(3).last?.contains("Created again") == true)
        watch.signal(SIGTERM)
        #expect(watch.waitForExit() == 143)
    }
}
