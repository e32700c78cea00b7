import Foundation
import FrontierCore

/// Test inputs kept as files next to the tests, found through this file's own path so they need
/// no package resources.
public enum Fixtures {
    public static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    public static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    public static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// The embedded dataset as it stood when its story ended in 2025-04, frozen: tests that read
    /// its rows and figures (screens, queries, the corpus imported over it) load this copy, so
    /// the embedded dataset can grow without changing them.
    public static let story: Dataset = {
        let loaded = DatasetLoader.load([(name: storyName, bytes: (try? bytes(storyName)) ?? [])])
        precondition(loaded.isValid, "Tests/Fixtures/\(storyName) does not load: \(loaded.diagnostics)")
        return loaded.dataset
    }()

    static let storyName = "story-2025-04.json"

    /// The story dataset's file, for the built binary's `--data`.
    public static var storyPath: String { path(storyName) }

    /// The story dataset's text, for tests that serve it or edit a copy.
    public static func storyJSON() throws -> String {
        String(decoding: try bytes(storyName), as: UTF8.self)
    }
}
