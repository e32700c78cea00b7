import Foundation
import TestSupport
import Testing

/// The layers the README describes are the layers the code has: every target imports only the
/// targets it declares, each of those sits below it in the README's table, and the pure core
/// imports nothing but Foundation and the key values.
///
/// SwiftPM lets a target import a module it reaches only through another target, so a layer
/// can leak without any build failing; this is the check that fails instead.
@Suite struct ArchitectureTests {
    /// Modules of the toolchain and the system, which any target may import.
    static let systemModules: Set<String> = ["Foundation", "FoundationNetworking", "Glibc", "Dispatch", "Synchronization"]

    struct Target {
        var name: String
        var kind: String
        var dependencies: [String]
        var path: String?

        var folder: String { path ?? (kind == "testTarget" ? "Tests/\(name)" : "Sources/\(name)") }
    }

    /// The targets `Package.swift` declares, read from its text: name, kind, dependencies
    /// (products by their module name) and path.
    static func targets() throws -> [Target] {
        let text = try Repository.text("Package.swift")
        let start = try Regex(#"\.(target|executableTarget|systemLibrary|testTarget)\(\s*name:\s*"([^"]+)""#)
        var targets: [Target] = []
        for match in text.matches(of: start) {
            let kind = String(match.output[1].substring ?? "")
            let name = String(match.output[2].substring ?? "")
            let body = balanced(text[match.range.upperBound...], open: "(", close: ")")
            var dependencies: [String] = []
            if let range = body.range(of: "dependencies:") {
                let list = balanced(body[range.upperBound...].drop { $0 != "[" }.dropFirst(), open: "[", close: "]")
                // A product names its module first: `.product(name: "ArgumentParser", ...)`.
                var rest = Substring(list)
                while let quote = rest.firstIndex(of: "\"") {
                    let after = rest[rest.index(after: quote)...]
                    guard let end = after.firstIndex(of: "\"") else { break }
                    let word = String(after[..<end])
                    let before = rest[..<quote]
                    if !before.hasSuffix("package: ") { dependencies.append(word) }
                    rest = after[after.index(after: end)...]
                }
            }
            let path = body.firstMatch(of: try Regex(#"path:\s*"([^"]+)""#)).map { String($0.output[1].substring ?? "") }
            targets.append(Target(name: name, kind: kind, dependencies: dependencies, path: path))
        }
        return targets
    }

    /// The text after an opening delimiter up to its matching close.
    static func balanced(_ text: Substring, open: Character, close: Character) -> String {
        var depth = 1
        var result = ""
        for character in text {
            if character == open { depth += 1 }
            if character == close {
                depth -= 1
                if depth == 0 { break }
            }
            result.append(character)
        }
        return result
    }

    /// The modules each Swift file of `folder` imports.
    static func imports(in folder: String) throws -> [(file: String, module: String)] {
        let root = Repository.path(folder)
        guard let files = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [(String, String)] = []
        let pattern = try Regex(#"^(?:@testable\s+|@_exported\s+)?import\s+(?:(?:struct|enum|class|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#)
        for case let file as String in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.firstMatch(of: pattern) {
                    found.append((folder + "/" + file, String(match.output[1].substring ?? "")))
                }
            }
        }
        return found
    }

    /// The targets the README's architecture table names, in its order (bottom layer first).
    static func readmeLayers() throws -> [String] {
        let readme = try Repository.text("README.md")
        guard let section = readme.range(of: "## Architecture") else { return [] }
        let rest = readme[section.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        var names: [String] = []
        for line in rest[..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            names += cell.matches(of: try Regex("`([^`]+)`")).map { String($0.output[1].substring ?? "") }
        }
        return names
    }

    @Test func everyTargetImportsOnlyWhatItDeclares() throws {
        let targets = try Self.targets()
        #expect(targets.count >= 12, "Package.swift was not read: \(targets.map(\.name))")
        let names = Set(targets.map(\.name))
        var leaks: [String] = []
        for target in targets where target.kind != "systemLibrary" {
            for (file, module) in try Self.imports(in: target.folder)
            where !Self.systemModules.contains(module) && module != "Testing" && !target.dependencies.contains(module) {
                leaks.append("\(file) imports \(module), which \(target.name) does not declare"
                             + (names.contains(module) ? "" : " (and no target of this package is called that)"))
            }
        }
        #expect(leaks == [])
    }

    @Test func theReadmeTableListsTheTargetsBottomUp() throws {
        let targets = try Self.targets().filter { $0.kind != "testTarget" && $0.name != "TestSupport" }
        let layers = try Self.readmeLayers()
        #expect(layers.sorted() == targets.map(\.name).sorted(), "the README's architecture table and Package.swift differ")
        var misplaced: [String] = []
        for target in targets {
            guard let position = layers.firstIndex(of: target.name) else { continue }
            for dependency in target.dependencies {
                if let below = layers.firstIndex(of: dependency), below >= position {
                    misplaced.append("\(target.name) depends on \(dependency), listed at or after it")
                }
            }
        }
        #expect(misplaced == [])
    }

    @Test func thePureCoreImportsOnlyFoundationAndKeysAndOnlyTheBackendsReachTheirC() throws {
        let targets = try Self.targets()
        let core = try #require(targets.first { $0.name == "FrontierCore" })
        #expect(core.dependencies == ["TerminalKeys"])
        #expect(Set(try Self.imports(in: core.folder).map(\.module)) == ["Foundation", "TerminalKeys"])
        for target in targets where target.kind != "systemLibrary" {
            let modules = Set(try Self.imports(in: target.folder).map(\.module))
            // A backend's own tests may reach its C module too (key codes, for one).
            if !target.name.hasPrefix("NcursesBackend") { #expect(!modules.contains("CNcurses"), "\(target.name) imports ncurses") }
            if !target.name.hasPrefix("SystemBackend") { #expect(!modules.contains("CFrontierSystem"), "\(target.name) imports CFrontierSystem") }
        }
    }
}
