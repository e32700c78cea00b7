import Foundation
import FrontierCore
import FrontierLive
import Testing

/// The journal from the command line: imports append to it, every reader takes it, `compact`
/// writes it into the dataset.
@Suite struct JournalCommandTests {
    @Test func importedNewsIsReadWithTheDatasetAndCompactedOnDemand() throws {
        let directory = try ImportCommandTests.workspace()
        let dataset = ImportCommandTests.bytes(directory + "/data.json")
        let before = try #require(Self.count(try BuiltBinary.run(["list", "news", "--data", "data.json", "--format", "json"], in: directory).stdout))
        let feed = ImportCommandTests.fixtures + "/feeds/rss1.xml"
        let imported = try BuiltBinary.run(["import", "rss", feed, "--into", "data.json", "--retrieved", "2026-11-29"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(ImportCommandTests.bytes(directory + "/data.json") == dataset)
        let added = ImportCommandTests.listed("added", in: imported.stdout).filter { $0.hasPrefix("news/") }.count
        #expect(added > 0)

        let validated = try BuiltBinary.run(["validate", "data.json"], in: directory)
        #expect(validated.status == 0, "\(validated.stderr)")
        let listed = try BuiltBinary.run(["list", "news", "--data", "data.json", "--format", "json"], in: directory)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(Self.count(listed.stdout) == before + added)

        let compacted = try BuiltBinary.run(["compact", "data.json"], in: directory)
        #expect(compacted.status == 0, "\(compacted.stderr)")
        #expect(compacted.stdout == "compacted \(added) journal lines from data.journal.jsonl into data.json\n")
        #expect(ImportCommandTests.bytes(directory + "/data.journal.jsonl")?.isEmpty == true)
        // The backup is the data as it was, the journal's news in it, since the journal is emptied.
        let backup = try BuiltBinary.run(["list", "news", "--data", "data.json.bak", "--format", "json"], in: directory)
        #expect(Self.count(backup.stdout) == before + added)
        let after = try BuiltBinary.run(["list", "news", "--data", "data.json", "--format", "json"], in: directory)
        #expect(after.stdout == listed.stdout)
        let again = try BuiltBinary.run(["compact", "data.json"], in: directory)
        #expect(again.stdout == "data.journal.jsonl is empty; nothing to compact\n")
    }

    /// The number of rows `list --format json` printed.
    static func count(_ json: String) -> Int? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.count
    }

    @Test func aBadJournalLineIsNamedByItsPlaceAndTheOthersStillLoad() throws {
        let directory = try ImportCommandTests.workspace()
        let lines = #"{"kind":"news","id":"j-1","date":"2026-11-01","headline":"Kept","source":"Wire"}"# + "\n"
            + #"{"kind":"news","id":"j-2","date":"2026-13-01","headline":"Bad day","source":"Wire"}"# + "\n"
        try Data(lines.utf8).write(to: URL(fileURLWithPath: directory + "/data.journal.jsonl"))
        let validated = try BuiltBinary.run(["validate", "data.json"], in: directory)
        #expect(validated.status == 65)
        #expect(validated.stderr.contains("data.journal.jsonl:2:34: date: expected a date YYYY-MM-DD, got \"2026-13-01\""),
                "\(validated.stderr)")
        let imported = try BuiltBinary.run(["import", "rss", ImportCommandTests.fixtures + "/feeds/rss1.xml", "--into", "data.json"],
                                           in: directory)
        #expect(imported.status == 65, "an import never builds on a journal that does not load")
        #expect(imported.stderr.contains("data.journal.jsonl:2:34"), "\(imported.stderr)")
    }
}
