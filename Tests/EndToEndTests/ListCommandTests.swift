import Foundation
import Testing
import TestSupport

/// `frontier list`, run as a user runs it: rows filtered by a query, as a table, JSON or CSV.
@Suite struct ListCommandTests {
    /// The rows these tests name are the frozen story's, not the embedded dataset's.
    static let story = ["--data", Fixtures.storyPath]

    func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
    }

    @Test func theTableFitsTheWidthInCOLUMNS() throws {
        for width in [60, 100, 160] {
            let output = try BuiltBinary.run(["list", "models"], environment: ["COLUMNS": String(width)])
            #expect(output.status == 0)
            let rows = lines(output.stdout)
            #expect(rows.allSatisfy { $0.count <= width }, "wider than \(width)")
            #expect(rows.contains { $0.count > width - 12 }, "does not use the width \(width)")
        }
        let narrow = try BuiltBinary.run(["list", "models"], environment: ["COLUMNS": "60"])
        let wide = try BuiltBinary.run(["list", "models"], environment: ["COLUMNS": "160"])
        #expect(!lines(narrow.stdout)[0].contains("MMLU"))
        #expect(lines(wide.stdout)[0].contains("MMLU"))
    }

    @Test func theTableShowsTheQueriedRowsNewestFirst() throws {
        let output = try BuiltBinary.run(["list", "models", "--query", "org:deepseek open:yes"] + Self.story, environment: ["COLUMNS": "100"])
        #expect(output.status == 0)
        let rows = lines(output.stdout)
        #expect(rows.count == 7)
        #expect(rows[1].hasPrefix("DeepSeek-V3-0324"))
        #expect(rows[2].hasPrefix("DeepSeek-R1"))
        #expect(rows.last?.hasPrefix("DeepSeek-V2 ") == true)
    }

    @Test func theTableIsASCIIUnderANonUTF8Locale() throws {
        let output = try BuiltBinary.run(["list", "models"], environment: ["COLUMNS": "120", "LANG": "C"])
        #expect(output.status == 0)
        #expect(output.stdout.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func jsonHoldsEveryMatchingRowWithComputedFields() throws {
        let table = try BuiltBinary.run(["list", "news", "--query", "date:2025-01-20..2025-01-31"] + Self.story, environment: ["COLUMNS": "100"])
        let output = try BuiltBinary.run(["list", "news", "--query", "date:2025-01-20..2025-01-31", "--format", "json"] + Self.story)
        #expect(output.status == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 14)
        #expect(records.count == lines(table.stdout).count - 1)
        // Newest first; the two items of 2025-01-31 keep the dataset's order.
        #expect(records.prefix(2).compactMap { $0["id"] as? String } == ["n33-o3-mini", "n34-semianalysis-fleet"])
        #expect(records.allSatisfy { $0["headline"] is String && $0["organizationNames"] is [String] })

        let models = try BuiltBinary.run(["list", "models", "--query", "deepseek-r1", "--format", "json"] + Self.story)
        let r1 = try #require((try JSONSerialization.jsonObject(with: Data(models.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(r1["id"] as? String == "deepseek-r1")
        #expect((r1["headlineScores"] as? [String: Double])?["gpqa-diamond"] == 71.5)
        #expect(((r1["currentPrice"] as? [String: Any])?["output"] as? Double) == 2.19)
        #expect(r1["scores"] is [[String: Any]])
    }

    @Test func csvFollowsRFC4180() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        let dataset = """
        {"schema": 1, "organizations": [{"id": "acme", "name": "Acme, Inc."}],
         "news": [{"id": "n1", "date": "2025-01-02", "headline": "Acme says \\"hello, world\\"", "source": "Wire",
                   "orgs": ["acme"], "summary": "line one\\nline two"},
                  {"id": "n2", "date": "2025-01-01", "headline": "Plain", "source": "Wire"}]}
        """
        try Data(dataset.utf8).write(to: URL(fileURLWithPath: directory + "/data.json"))
        let output = try BuiltBinary.run(["list", "news", "--format", "csv", "--data", "data.json"], in: directory)
        #expect(output.status == 0)
        #expect(output.stdout == [
            "id,date,approximate,headline,source,organizations,models,tags,url,summary\r\n",
            "n1,2025-01-02,false,\"Acme says \"\"hello, world\"\"\",Wire,\"Acme, Inc.\",,,,\"line one\nline two\"\r\n",
            "n2,2025-01-01,false,Plain,Wire,,,,,\r\n",
        ].joined())
    }

    @Test func sortAndReverseUseThePanesKeys() throws {
        let byName = try BuiltBinary.run(["list", "models", "--sort", "name", "--format", "csv", "--query", "org:openai"])
        let names = lines(byName.stdout).dropFirst().map { $0.split(separator: ",")[1] }
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
        let reversed = try BuiltBinary.run(["list", "models", "--sort", "name", "--reverse", "--format", "csv", "--query", "org:openai"])
        #expect(lines(reversed.stdout).dropFirst().map { $0.split(separator: ",")[1] } == names.reversed())
        let byScore = try BuiltBinary.run(["list", "models", "--sort", "gpqa-d", "--format", "json", "--query", "gpqa-d>0"])
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(byScore.stdout.utf8)) as? [[String: Any]])
            .compactMap { ($0["headlineScores"] as? [String: Double])?["gpqa-diamond"] }
        #expect(scores == scores.sorted(by: >))
        let unknown = try BuiltBinary.run(["list", "news", "--sort", "mood"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown sort key \"mood\" (keys: date, source, headline)"))
    }

    @Test func anInvalidQueryExits2WithItsPosition() throws {
        let output = try BuiltBinary.run(["list", "news", "--query", "org:deepseek )"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "frontier: invalid query: unexpected ')' at 14\n")
    }

    @Test func invalidDataExits65() throws {
        let directory = try BuiltBinary.temporaryDirectory()
        try Data("{\"schema\": 1, \"news\": [{\"id\": \"n1\"}]}".utf8).write(to: URL(fileURLWithPath: directory + "/bad.json"))
        let output = try BuiltBinary.run(["list", "news", "--data", "bad.json"], in: directory)
        #expect(output.status == 65)
        #expect(output.stderr.contains("bad.json:"))
    }
}
