import Foundation
import Testing

/// Text from data, file names and command-line values carry the markers of every class a terminal
/// acts on; every command and output format is run and its raw bytes are checked. Text output
/// removes them or spells them out, JSON escapes them (and still decodes to the same text), CSV
/// neutralises them; no byte of them reaches stdout or stderr.
@Suite("Hostile markers through every command and output format")
struct HostileMarkersCommandTests {
    /// OSC 52 (clipboard), CSI clear screen, C1 CSI, a bidi override, BEL, BS and CR.
    static let markers = "\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[2J\u{9B}31m\u{202E}\u{07}\u{08}\r"
    /// The markers as JSON string content.
    static let escaped = #"\u001b]52;c;SGVsbG8=\u0007\u001b[2J\u009b31m\u202e\u0007\u0008\r"#

    /// The first forbidden scalar in `text`, if any; CR is allowed only in CRLF when `crlf` is set.
    static func firstForbidden(in text: String, crlf: Bool = false) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0x0D, crlf, index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            let forbidden = value == 0x1B || value == 0x07 || value == 0x08 || value == 0x0D || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            if forbidden { return String(format: "U+%04X at %d", value, index) }
        }
        return nil
    }

    static func expectClean(_ output: BuiltBinary.Output, _ what: String, crlf: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(firstForbidden(in: output.stdout, crlf: crlf) == nil, "\(what) stdout: \(output.stdout.debugDescription.prefix(400))",
                sourceLocation: sourceLocation)
        #expect(firstForbidden(in: output.stderr) == nil, "\(what) stderr: \(output.stderr.debugDescription.prefix(400))",
                sourceLocation: sourceLocation)
    }

    struct Workspace {
        let directory: String
        var environment: [String: String] {
            BuiltBinary.isolatedEnvironment(directory).merging(["COLUMNS": "160"]) { _, new in new }
        }

        init() throws {
            directory = try BuiltBinary.temporaryDirectory()
        }

        func write(_ name: String, _ text: String) throws -> String {
            let path = directory + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        func run(_ arguments: [String]) throws -> BuiltBinary.Output {
            try BuiltBinary.run(arguments, in: directory, environment: environment)
        }
    }

    static let dataset = """
    {"schema": 1,
     "organizations": [{"id": "acme", "name": "Acme\(escaped)Labs"}],
     "models": [{"id": "m1", "name": "Model\(escaped)One", "org": "acme", "released": "2025-01-01", "tags": ["t\(escaped)"]}],
     "prices": [{"id": "p1", "model": "m1", "input": 1, "output": 2, "asOf": "2025-01-01"}],
     "news": [{"id": "n1", "date": "2025-01-02", "headline": "Head\(escaped)line", "source": "=1+1 Wire\(escaped)", "orgs": ["acme"]}]}
    """

    @Test("snapshot and list (table, JSON, CSV) keep every marker away from the terminal")
    func viewsAndListings() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: space.directory) }
        let data = try space.write("data.json", Self.dataset)
        let snapshot = try space.run(["snapshot", "--data", data])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout.contains("Model One"), "the CR reads as a space, the rest is gone")
        Self.expectClean(snapshot, "snapshot")
        for pane in ["models", "costs", "news"] {
            let table = try space.run(["list", pane, "--data", data])
            #expect(table.status == 0)
            Self.expectClean(table, "list \(pane)")

            let json = try space.run(["list", pane, "--data", data, "--format", "json"])
            #expect(json.status == 0)
            Self.expectClean(json, "list \(pane) --format json")
            // Exact: the escapes decode to the markers themselves.
            let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            let texts = (decoded ?? []).flatMap { $0.values.compactMap { $0 as? String } }
            #expect(texts.contains { $0.contains(Self.markers) }, "list \(pane) --format json lost the markers: \(texts)")

            let csv = try space.run(["list", pane, "--data", data, "--format", "csv"])
            #expect(csv.status == 0)
            Self.expectClean(csv, "list \(pane) --format csv", crlf: true)
            #expect(csv.stdout.contains("\u{241B}]52;c;SGVsbG8="), "the control pictures keep the data: \(csv.stdout.debugDescription)")
            if pane == "news" { #expect(csv.stdout.contains(",'=1+1 Wire"), "formula guarded: \(csv.stdout.debugDescription)") }
        }
    }

    @Test("watch prints new records as text and JSON without a raw marker")
    func watchOutput() async throws {
        let line = #"{"kind": "news", "id": "w1", "date": "2025-02-01", "headline": "Live\#(Self.escaped)item", "source": "Feed\#(Self.escaped)"}"#
        for format in ["text", "json"] {
            let watch = try RunningBinary(["watch", "--feed", "-", "--format", format])
            try watch.write(line + "\n" + "{not json \u{1B}[2J}\n")
            _ = try await watch.waitForLines(1)
            try await watch.waitForError(containing: "stdin:2")
            try watch.closeInput()
            #expect(watch.waitForExit() == 0)
            #expect(Self.firstForbidden(in: watch.stdout) == nil, "watch \(format): \(watch.stdout.debugDescription)")
            #expect(Self.firstForbidden(in: watch.stderr) == nil, "watch \(format): \(watch.stderr.debugDescription)")
            #expect(watch.stdout.contains("Live"))
        }
    }

    @Test("import reports and warnings (text and JSON) spell out or escape what the source holds")
    func importOutput() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: space.directory) }
        let into = try space.write("into.json", #"{"schema": 1}"#)
        let rss = try space.write("feed.xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Lab&#x1B;]52;c;SGVsbG8=&#x7;</title><link>https://lab.example/</link>
        <item><title>Dated&#x202E;&#x9B;31m item&#x1B;[2J</title><link>https://lab.example/a</link><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>
        <item><title>No date&#x1B;[2J&#x7;&#x8;</title><link>https://lab.example/b</link><pubDate>someday&#x1B;[2J</pubDate></item>
        </channel></rss>
        """)
        let listing = try space.write("models.json", """
        {"data": [{"id": "acme/model\(Self.escaped)", "name": "Acme: Model\(Self.escaped)", "pricing": {"prompt": "-1", "completion": "0.000001"}},
                  {"id": "acme/fine", "name": "Acme: Fine\(Self.escaped)", "pricing": {"prompt": "0.000001", "completion": "0.000002"}}]}
        """)
        for format in ["text", "json"] {
            let feed = try space.run(["import", "rss", rss, "--into", into, "--dry-run", "--format", format])
            #expect(feed.status == 0, "\(feed.stderr)")
            #expect(feed.stderr.contains("No date"), "the undated item is named: \(feed.stderr)")
            Self.expectClean(feed, "import rss --format \(format)")

            let prices = try space.run(["import", "openrouter", listing, "--into", into, "--dry-run", "--format", format])
            #expect(prices.status == 0, "\(prices.stderr)")
            #expect(prices.stderr.contains("variable price"), "\(prices.stderr)")
            Self.expectClean(prices, "import openrouter --format \(format)")
        }
    }

    @Test("validate, theme errors, argument errors and ingest logs name hostile files and values visibly")
    func diagnostics() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: space.directory) }
        let badName = "bad\u{1B}]0;title\u{07}\u{202E}.json"
        let bad = try space.write(badName, #"{"schema": 1, "models": [{"id": "m", "name": "\#(Self.escaped)", "org": "nobody\#(Self.escaped)", "released": "2025-01-01"}]}"#)
        let validate = try space.run(["validate", bad])
        #expect(validate.status == 65)
        #expect(validate.stderr.contains("bad\\x1b]0;title\\x07\\u202e.json:1:"), "\(validate.stderr.debugDescription)")
        Self.expectClean(validate, "validate")

        let theme = try space.write("theme.json", ##"{"name": "x", "colors": {"bord\##(Self.escaped)er": "#fff"}}"##)
        let themed = try space.run(["--theme", theme])
        #expect(themed.status != 0)
        #expect(themed.stderr.contains("unknown colour role"), "\(themed.stderr)")
        Self.expectClean(themed, "--theme")

        for arguments in [["list", "models", "--sort", Self.markers], ["list", "models", "--format", Self.markers],
                          ["snapshot", "--data", space.directory + "/missing" + Self.markers + ".json"],
                          ["list", "models", "--query", "name:" + Self.markers + ")"]] {
            let output = try space.run(arguments)
            #expect(output.status != 0, "\(arguments)")
            #expect(!output.stderr.isEmpty)
            Self.expectClean(output, "\(arguments.prefix(3))")
        }

        let source = try space.write("models.json", #"{"data": [{"id": "acme/m", "name": "Acme: M", "pricing": {"prompt": "0.000001", "completion": "0.000002"}}]}"#)
        let config = try space.write("sources.json", """
        {"dataset": "into.json", "sources": [{"name": "List\(Self.escaped)", "kind": "openrouter", "path": "\(source)"}]}
        """)
        _ = try space.write("into.json", #"{"schema": 1}"#)
        let ingest = try space.run(["ingest", "--config", config, "--once"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("source=\"List\\u001b]52;c;SGVsbG8="), "\(ingest.stderr.debugDescription)")
        Self.expectClean(ingest, "ingest")
    }
}
