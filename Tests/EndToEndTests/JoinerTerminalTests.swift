import Foundation
import Testing
import TestSupport

/// Text with zero width joiners, drawn by the built `frontier` in tmux, which honours joiners.
@Suite("Zero width joiners in a real terminal")
struct JoinerTerminalTests {
    /// The story dataset with its first news item dated first and its headline full of
    /// joiners inside words, long enough to wrap over several rows of the detail view.
    static func datasetWithJoinedHeadline() throws -> Data {
        let data = Data(try Fixtures.storyJSON().utf8)
        var dataset = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var news = try #require(dataset["news"] as? [[String: Any]])
        news[0]["headline"] = "Zero\u{200D}width joiners: a\u{200D}b c\u{200D}d " + Array(repeating: "word\u{200D}joined", count: 24).joined(separator: " ")
        news[0]["date"] = "2030-01-01"
        dataset["news"] = news
        return try JSONSerialization.data(withJSONObject: dataset)
    }

    @Test("Wrapped detail lines with U+200D keep the right border in its column")
    func joinersKeepTheBorder() async throws {
        try await Tmux.with { tmux in
            try Self.datasetWithJoinedHeadline().write(to: URL(fileURLWithPath: tmux.directory + "/joined.json"))
            try tmux.start(command: ["frontier", "--no-state", "--data", "joined.json"], width: 100, height: 40)
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "3")
            try await tmux.waitFor(text: "News 1/40")
            try tmux.send(keys: "Enter")
            let screen = try await tmux.waitFor(text: "Organizations")
            // tmux may show a joiner it kept somewhere in the row; it takes no column.
            let rows = TerminalChecks.lines(screen).map { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0 != "\u{200D}" })) }
            func borders(_ row: String) -> [Int] {
                row.enumerated().compactMap { $0.element == "│" ? $0.offset : nil }
            }
            let reference = try #require(rows.first { $0.contains("Date ") }, "no Date row:\n\(screen)")
            let joined = rows.filter { $0.contains("wordjoined") }
            #expect(joined.count >= 3, "the headline did not wrap:\n\(rows.joined(separator: "\n"))")
            for row in joined {
                #expect(borders(row) == borders(reference), "border moved:\n\(row)\n\(reference)")
            }
        }
    }
}
