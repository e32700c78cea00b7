import FrontierCore
import FrontierResources
import TerminalGrid

/// The themes available to `--theme` and the `t` key: built-in ones, then the user's own.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]
    /// Problems in user theme files; those files are skipped, never fatal.
    public private(set) var problems: [Diagnostic]

    /// The built-in themes compiled into the binary, `default` first.
    public static let builtIn: ThemeCatalog = ThemeCatalog(userFiles: [])

    /// The default theme; every theme file extends it.
    public static var defaultTheme: Theme { builtIn.themes[0] }

    /// Built-in themes plus user theme files (name, file path for messages, bytes).
    public init(userFiles: [(name: String, file: String, bytes: [UInt8])]) {
        var themes: [Theme] = []
        var problems: [Diagnostic] = []
        let ordered = EmbeddedThemes.files.sorted { lhs, rhs in
            lhs.name == "default" ? true : rhs.name == "default" ? false : lhs.name < rhs.name
        }
        var base = ThemeCatalog.bootstrap
        for (name, json) in ordered {
            do {
                let theme = try ThemeParser.parse(Array(json.utf8), file: "themes/\(name).json", name: name, base: base)
                if name == "default" { base = theme }
                themes.append(theme)
            } catch {
                // The built-in files are checked by the tests; reaching this is a build mistake.
                preconditionFailure("built-in theme is broken: \(error)")
            }
        }
        for file in userFiles {
            do {
                let theme = try ThemeParser.parse(file.bytes, file: file.file, name: file.name, base: base)
                themes.removeAll { $0.name == theme.name }
                themes.append(theme)
            } catch {
                problems.append(error)
            }
        }
        self.themes = themes
        self.problems = problems
    }

    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name }
    }

    /// Colourless roles the default theme file fills in; never shown on its own.
    static let bootstrap = Theme(name: "bootstrap", background: .default, text: .default, dim: .default, border: .default,
                                 borderFocused: .default, title: .default, header: .default, selection: .default,
                                 selectionText: .default, highlight: .default, added: .default, changed: .default, series: [.default], up: .default,
                                 down: .default, warning: .default, error: .default)
}
