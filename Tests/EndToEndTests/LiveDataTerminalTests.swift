import Foundation
import FrontierCore
import Testing

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
        var object = try JSONSerialization.jsonObject(with: Data(EmbeddedResources.defaultDatasetJSON.utf8)) as! [String: Any]
        var news = object["news"] as! [[String: Any]]
        news.append(["id": "n-live", "date": "2025-04-30", "headline": headline, "source": "test"])
        object["news"] = news
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]), as: UTF8.self)
    }

    @Test("A saved change appears on screen; a broken save keeps the last good data and names the problem until fixed")
    func followsTheDataFile() async throws {
        try await Tmux.with { tmux in
            let path = tmux.directory + "/data.json"
            try Data(EmbeddedResources.defaultDatasetJSON.utf8).write(to: URL(fileURLWithPath: path))
            try tmux.start(command: ["frontier", "--data", path])
            try await tmux.waitFor(text: "Models 1/31")

            try Self.save(try Self.datasetWithHeadline("A live headline arrives"), to: path)
            try await tmux.waitFor(text: "A live headline arrives")

            try Self.save("{\"schema\": 1, \"models\": [", to: path)
            let broken = try await tmux.waitFor(text: "data.json:1:")
            #expect(broken.contains("A live headline arrives"), "the last good data stays:\n\(broken)")
            #expect(broken.contains("unexpected end of input"))

            try Self.save(EmbeddedResources.defaultDatasetJSON, to: path)
            let fixed = try await tmux.waitUntilGone(text: "data.json:1:")
            #expect(!fixed.contains("A live headline arrives"), "the fixed file is shown:\n\(fixed)")
        }
    }
}
