import Foundation
import FrontierResources
@testable import FrontierViews
import Testing

/// The themes compiled into the binary are exactly the files in `themes/`.
@Suite struct EmbeddedThemesTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test func embeddedThemesEqualTheFilesInTheThemesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        #expect(EmbeddedThemes.files.map(\.name).sorted() == names, "run Scripts/embed-resources.sh")
        for (name, json) in EmbeddedThemes.files {
            let file = try String(contentsOf: Self.themesDirectory.appendingPathComponent(name + ".json"), encoding: .utf8)
            #expect(json == file, "themes/\(name).json differs from its embedded copy; run Scripts/embed-resources.sh")
        }
    }
}
