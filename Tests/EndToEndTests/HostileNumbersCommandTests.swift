import Foundation
import Testing

/// Figures no real record has, and queries built to exhaust the parser, end in a clear error and
/// an exit status, never a crash: before, a price of 1e19 killed `snapshot`, `list` and the
/// dashboard with SIGILL, and 10,000 `(` killed the query parser with SIGSEGV.
@Suite("Hostile numbers and queries on the command line")
struct HostileNumbersCommandTests {
    static let dataset = """
    {"schema": 1, "organizations": [{"id": "o", "name": "O"}],
     "models": [{"id": "m", "name": "M", "org": "o", "released": "2025-01-01", "parameters": {"total": 1e31}}],
     "prices": [{"id": "p", "model": "m", "input": 1e19, "output": 1, "asOf": "2025-01-01"}]}
    """

    @Test("snapshot, list and validate refuse a price of 1e19 with its place and exit 65")
    func hugeValuesAreInvalidData() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/huge.json"
        try Data(Self.dataset.utf8).write(to: URL(fileURLWithPath: file))
        for arguments in [["snapshot", "--data", file], ["list", "models", "--data", file], ["list", "costs", "--data", file],
                          ["validate", file]] {
            let result = try BuiltBinary.run(arguments, environment: BuiltBinary.isolatedEnvironment(directory))
            #expect(result.status == 65, "\(arguments): status \(result.status), stderr \(result.stderr)")
            #expect(result.stderr.contains("huge.json:3:48: prices[0].input: price must be at most 100000, got 1e+19"),
                    "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("models[0].parameters.total: parameter count must be at most"), "\(arguments)")
        }
    }

    @Test("A feed line with a price of 1e19 is a named bad line; the rest is shown")
    func hugeValueInAFeedLine() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let feed = directory + "/prices.jsonl"
        let lines = [
            #"{"kind": "price", "id": "p-huge", "model": "deepseek-v3", "input": 1e19, "output": 1, "asOf": "2025-06-01"}"#,
            #"{"kind": "news", "id": "n-fine", "date": "2025-06-01", "headline": "Still shown", "source": "Wire"}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: feed))
        let result = try BuiltBinary.run(["list", "news", "--feed", feed], environment: BuiltBinary.isolatedEnvironment(directory))
        #expect(result.status == 0, "status \(result.status), stderr \(result.stderr)")
        #expect(result.stdout.contains("Still shown"))
        #expect(result.stderr.contains("prices.jsonl:1:") && result.stderr.contains("price must be at most 100000"), "\(result.stderr)")
    }

    @Test("10,000 '(' or 50,000 '!' in --query are an invalid query (exit 2), not a crash")
    func hostileQueries() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let parentheses = String(repeating: "(", count: 10_000)
        let negations = String(repeating: "!", count: 50_000) + "x"
        let deep = String(repeating: "(", count: 100) + "x" + String(repeating: ")", count: 100)
        for query in [parentheses, negations] {
            let list = try BuiltBinary.run(["list", "models", "--query", query], environment: BuiltBinary.isolatedEnvironment(directory))
            #expect(list.status == 2, "status \(list.status)")
            #expect(list.stderr.contains("query longer than 1000 characters at 1001"), "\(list.stderr.prefix(300))")
            let watch = try BuiltBinary.run(["watch", "--feed", "-", "--query", query], environment: BuiltBinary.isolatedEnvironment(directory))
            #expect(watch.status == 2, "status \(watch.status)")
        }
        let list = try BuiltBinary.run(["list", "models", "--query", deep], environment: BuiltBinary.isolatedEnvironment(directory))
        #expect(list.status == 2)
        #expect(list.stderr.contains("nested deeper than 64 levels of '(' and negation at 65"), "\(list.stderr)")
    }

    @Test("A huge --refresh is a usage error, not a crash converting it to milliseconds")
    func hugeRefresh() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try BuiltBinary.run(["snapshot", "--refresh", "1e300"], environment: BuiltBinary.isolatedEnvironment(directory))
        #expect(result.status == 64, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("--refresh must be at most 604800 seconds"))
    }
}
