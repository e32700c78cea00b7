import ArgumentParser
import Foundation
import FrontierCore
import FrontierViews
import SystemBackend

/// The themes to offer and the one to start with, from built-ins, user files and `--theme`.
struct ThemeSelection {
    var catalog: ThemeCatalog
    var initial: String
    /// Problems with user theme files, printed after the dashboard closes.
    var notices: [String]

    /// Reads `$XDG_CONFIG_HOME/frontier/themes/*.json` and the `--theme` value; a `--theme`
    /// file that is broken is an error (exit 65), a broken file in the themes folder is skipped.
    static func load(requested: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ThemeSelection {
        var files = userThemeFiles(environment: environment)
        var initial = requested ?? "default"
        if let requested, requested.contains("/") || requested.hasSuffix(".json") {
            let bytes: [UInt8]
            do {
                bytes = try FileContents.read(path: requested)
            } catch {
                StandardError.write("\(requested): cannot read theme file: \(error.reason)")
                throw ExitCode(65)
            }
            let name = URL(fileURLWithPath: requested).deletingPathExtension().lastPathComponent
            do {
                let parsed = try ThemeParser.parse(Array(bytes), file: requested, name: name, base: ThemeCatalog.defaultTheme)
                initial = parsed.name
            } catch {
                StandardError.write(error.description)
                throw ExitCode(65)
            }
            files.append((name: name, file: requested, bytes: Array(bytes)))
        }
        let catalog = ThemeCatalog(userFiles: files)
        guard catalog.theme(named: initial) != nil else {
            StandardError.write("unknown theme \"\(initial)\"; available: \(catalog.names.joined(separator: ", "))")
            throw ExitCode(64)
        }
        return ThemeSelection(catalog: catalog, initial: initial, notices: catalog.problems.map { "skipped theme: \($0)" })
    }

    static func userThemeFiles(environment: [String: String]) -> [(name: String, file: String, bytes: [UInt8])] {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { $0 + "/.config" } ?? "")
        guard !configHome.isEmpty else { return [] }
        let directory = configHome + "/frontier/themes"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { fileName in
            let path = directory + "/" + fileName
            // FIFOs, devices and oversized files are skipped like unreadable ones.
            guard let bytes = try? FileContents.read(path: path) else { return nil }
            return (name: String(fileName.dropLast(5)), file: path, bytes: Array(bytes))
        }
    }
}
