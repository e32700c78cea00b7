import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// The headless commands, run as a user runs them: the built binary, its output and exit status.
@Suite struct CommandLineTests {
    static let brokenDataset = """
    {
      "schema": 1,
      "organizations": [{"id": "deepseek", "name": "DeepSeek"}],
      "models": [
        {"id": "v3", "name": "DeepSeek-V3", "org": "deepseek", "released": "2024-13-01"},
        {"id": "r1", "name": "DeepSeek-R1", "org": "deepsek", "released": "2025-01-20",
         "parameters": {"total": -671e9}}
      ]
    }

    """

    func write(_ text: String, named name: String, in directory: String) throws -> String {
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func snapshotShowsAllThreePanesWithTheDeepSeekStory() throws {
        let output = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "40", "--data", Fixtures.storyPath])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 40)
        for title in ["1 Models", "2 Costs", "3 News", "DeepSeek-R1", "DeepSeek-V3", "$5.58M", "$78.4M", "$0.27 / $1.10"] {
            #expect(output.stdout.contains(title), "missing \(title)")
        }
        #expect(output.stdout.contains("DeepSeek releases R"))
    }

    @Test func snapshotOfTheEmbeddedDatasetShowsItsNewestData() throws {
        let output = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "40"])
        #expect(output.status == 0)
        let dataset = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
        let newest = try #require((dataset.news.map(\.date) + dataset.prices.map(\.asOf) + dataset.models.map(\.released)).max())
        let header = try #require(output.stdout.split(separator: "\n").first)
        #expect(header.contains("\(dataset.models.count) models"), "header: \(header)")
        // With no data of the user's, the header says how recent the embedded data is and what
        // brings it up to date.
        #expect(header.hasSuffix("embedded data from \(String(newest.description.prefix(7))) · run frontier update"), "header: \(header)")
        for title in ["1 Models", "2 Costs", "3 News", "DeepSeek"] {
            #expect(output.stdout.contains(title), "missing \(title)")
        }
    }

    @Test func snapshotOfOnePaneFillsTheFrame() throws {
        let output = try BuiltBinary.run(["snapshot", "--pane", "costs", "--width", "80", "--height", "30"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("2 Costs"))
        #expect(output.stdout.contains("Training cost"))
        #expect(output.stdout.contains("API price per 1M tokens"))
        #expect(!output.stdout.contains("3 News"))
    }

    @Test func snapshotBelowTheMinimumSaysWhatItNeeds() throws {
        let output = try BuiltBinary.run(["snapshot", "--width", "40", "--height", "10"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("terminal too small: need 60x15"))
    }

    @Test func snapshotUnderANonUTF8LocaleIsPlainASCII() throws {
        let output = try BuiltBinary.run(["snapshot", "--width", "100", "--height", "30"], environment: ["LANG": "C"])
        #expect(output.status == 0)
        #expect(output.stdout.utf8.allSatisfy { $0 < 0x80 })
        #expect(output.stdout.contains("+ 1 Models") || output.stdout.contains("# 1 Models"))
    }

    @Test func validateReportsEveryProblemWithItsPlaceAndExits65() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let path = try write(Self.brokenDataset, named: "broken.json", in: directory)
        let output = try BuiltBinary.run(["validate", "broken.json"], in: directory)
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "broken.json:5:72: models[0].released: expected a date YYYY-MM-DD, got \"2024-13-01\"",
            "broken.json:6:48: models[1].org: unknown organization \"deepsek\"; did you mean \"deepseek\"?",
            "broken.json:7:30: models[1].parameters.total: parameter count must be positive, got -671000000000",
            "3 problems in 1 of 1 file",
        ])
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func validateAcceptsTheDatasetItPrints() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let dataset = try BuiltBinary.run(["dataset"])
        #expect(dataset.status == 0)
        _ = try write(dataset.stdout, named: "mine.json", in: directory)
        let output = try BuiltBinary.run(["validate", "mine.json"], in: directory)
        #expect(output.status == 0)
        #expect(output.stderr == "1 file valid\n")
    }

    @Test func thePrintedDatasetLoadsBackToTheSameScreen() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        _ = try write(try BuiltBinary.run(["dataset"]).stdout, named: "mine.json", in: directory)
        let embedded = try BuiltBinary.run(["snapshot"])
        let loaded = try BuiltBinary.run(["snapshot", "--data", "mine.json"], in: directory)
        #expect(loaded.status == 0)
        // Only the header names where the data came from.
        let body = { (text: String) in text.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(body(loaded.stdout) == body(embedded.stdout))
        #expect(loaded.stdout.contains("mine.json"))
    }

    @Test func laterDataFilesOverrideEarlierOnesById() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        _ = try write(try Fixtures.storyJSON(), named: "base.json", in: directory)
        _ = try write("""
        {"schema": 1, "models": [{"id": "deepseek-r1", "name": "R1 renamed here", "org": "deepseek", "released": "2025-01-20"}],
         "news": [{"id": "n-local", "date": "2025-04-30", "headline": "A local note added on top", "source": "me"}]}
        """, named: "overlay.json", in: directory)
        let output = try BuiltBinary.run(["snapshot", "--data", "base.json", "--data", "overlay.json"], in: directory)
        #expect(output.status == 0)
        #expect(output.stdout.contains("R1 renamed here"))
        #expect(output.stdout.contains("A local note added"))
        let validate = try BuiltBinary.run(["validate", "base.json", "overlay.json"], in: directory)
        #expect(validate.status == 0)
        #expect(validate.stderr == "2 files valid\n")
    }

    @Test func invalidDataStopsTheDashboardBeforeTheScreenIsTouched() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        _ = try write(Self.brokenDataset, named: "broken.json", in: directory)
        let output = try BuiltBinary.run(["--data", "broken.json"], in: directory)
        #expect(output.status == 65)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("broken.json:5:72: models[0].released: expected a date YYYY-MM-DD, got \"2024-13-01\""))
        #expect(!output.stderr.contains("\u{1B}"))
    }

    @Test func bytesThatAreNotUTF8AreAnErrorNotACrash() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let path = directory + "/latin1.json"
        try Data([0x7B, 0x0A, 0x20, 0x22, 0x74, 0xE9, 0x22, 0x3A, 0x20, 0x31, 0x7D]).write(to: URL(fileURLWithPath: path))
        let output = try BuiltBinary.run(["validate", "latin1.json"], in: directory)
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("latin1.json:2:4: "))
        #expect(output.stderr.contains("invalid UTF-8 byte 0xE9"))
    }

    @Test func aMissingFileIsReportedByName() throws {
        let output = try BuiltBinary.run(["validate", "/nonexistent/frontier.json"])
        #expect(output.status == 65)
        #expect(output.stderr.contains("/nonexistent/frontier.json:0:0: cannot read: No such file or directory"))
    }

    @Test func schemaIsAJSONSchemaDocument() throws {
        let output = try BuiltBinary.run(["schema"])
        #expect(output.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect((object?["$schema"] as? String)?.contains("json-schema.org") == true)
    }

    @Test func aCopiedBinaryRunsWithNothingBesideIt() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let copy = directory + "/frontier"
        try FileManager.default.copyItem(atPath: BuiltBinary.path, toPath: copy)
        let output = try BuiltBinary.run(["snapshot", "--width", "120", "--height", "40"], in: "/", executable: copy)
        #expect(output.status == 0)
        #expect(output.stdout.contains("DeepSeek-V3"))
        // The built-in themes are compiled in too: the dashboard's help lists them.
        let help = try BuiltBinary.run(["help", "dashboard"], in: "/", executable: copy)
        #expect(help.stdout.contains("nord"))
        #expect(help.stdout.contains("high-contrast"))
    }
}
