import FrontierResources
import FrontierViews
import TerminalGrid
import Testing

/// The built-in themes: all parse, the expected ones are there, and `default` comes first.
@Suite struct ThemeCatalogTests {
    @Test func everyBuiltInThemeFileParsesOnItsOwn() throws {
        for file in EmbeddedThemes.files {
            let theme = try ThemeParser.parse(Array(file.json.utf8), file: "themes/\(file.name).json", name: file.name,
                                              base: ThemeCatalog.defaultTheme)
            #expect(theme.name == file.name)
            #expect(!theme.series.isEmpty)
        }
        #expect(ThemeCatalog.builtIn.problems.isEmpty)
        #expect(ThemeCatalog.builtIn.themes.count == EmbeddedThemes.files.count)
    }

    @Test func theBuiltInsIncludeDefaultLightHighContrastMonoAndAPopularPalette() {
        let names = ThemeCatalog.builtIn.names
        #expect(names.count >= 5)
        for name in ["default", "light", "high-contrast", "mono"] {
            #expect(names.contains(name), "missing \(name) in \(names)")
        }
        #expect(names.contains("nord") || names.contains("gruvbox"))
    }

    @Test func defaultComesFirstAndTheRestFollowByName() {
        let names = ThemeCatalog.builtIn.names
        #expect(names.first == "default")
        #expect(Array(names.dropFirst()) == names.dropFirst().sorted())
        #expect(ThemeCatalog.defaultTheme.name == "default")
        #expect(Set(names).count == names.count)
    }

    @Test func everyThemeNamedInTheCatalogCanBeLookedUp() {
        for name in ThemeCatalog.builtIn.names {
            #expect(ThemeCatalog.builtIn.theme(named: name)?.name == name)
        }
        #expect(ThemeCatalog.builtIn.theme(named: "no-such-theme") == nil)
    }

    @Test func builtInThemesDifferFromOneAnother() {
        let themes = ThemeCatalog.builtIn.themes
        for (index, theme) in themes.enumerated() {
            for other in themes[(index + 1)...] {
                var renamed = other
                renamed.name = theme.name
                #expect(renamed != theme, "\(theme.name) and \(other.name) are the same colours")
            }
        }
    }

    @Test func theMonoThemeHasNoColourAtAll() throws {
        let mono = try #require(ThemeCatalog.builtIn.theme(named: "mono"))
        let colors = [mono.background, mono.text, mono.dim, mono.border, mono.borderFocused, mono.title, mono.header,
                      mono.selection, mono.selectionText, mono.highlight, mono.added, mono.changed, mono.up, mono.down, mono.warning, mono.error]
            + mono.series
        #expect(colors.allSatisfy { $0 == .default })
    }

    @Test func aUserThemeExtendsTheDefaultAndReplacesABuiltInOfTheSameName() throws {
        let json = ##"{"name": "nord", "colors": {"border": "#010203"}}"##
        let broken = ##"{"colors": {"border": "blue"}}"##
        let catalog = ThemeCatalog(userFiles: [(name: "nord", file: "nord.json", bytes: Array(json.utf8)),
                                               (name: "broken", file: "broken.json", bytes: Array(broken.utf8))])
        let nord = try #require(catalog.theme(named: "nord"))
        #expect(nord.border == .rgb(1, 2, 3))
        #expect(nord.text == ThemeCatalog.defaultTheme.text)
        #expect(catalog.names.filter { $0 == "nord" }.count == 1)
        #expect(catalog.names.last == "nord")
        #expect(catalog.theme(named: "broken") == nil)
        #expect(catalog.problems.map(\.file) == ["broken.json"])
    }
}
