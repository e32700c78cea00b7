import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// Theme files: partial themes extend the default, and every mistake names its file, place and key.
@Suite struct ThemeParserTests {
    func parse(_ json: String, file: String = "x.json") throws(Diagnostic) -> Theme {
        try ThemeParser.parse(Array(json.utf8), file: file, name: "fallback", base: ThemeCatalog.defaultTheme)
    }

    func message(_ json: String, file: String = "x.json") -> String? {
        do {
            _ = try parse(json, file: file)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aPartialThemeKeepsEveryOtherRoleOfTheDefault() throws {
        let theme = try parse(##"{"name": "mine", "colors": {"border": "#123", "series": ["#ff0000", "default"]}}"##)
        var expected = ThemeCatalog.defaultTheme
        expected.name = "mine"
        expected.border = .rgb(0x11, 0x22, 0x33)
        expected.series = [.rgb(255, 0, 0), .default]
        #expect(theme == expected)
    }

    @Test func aThemeWithoutANameTakesTheFileName() throws {
        let theme = try parse(##"{"colors": {}}"##)
        #expect(theme.name == "fallback")
        #expect(try parse("{}").name == "fallback")
    }

    @Test func everyRoleNameCanBeSet() throws {
        for role in Theme.roleNames where role != "series" {
            let theme = try parse(##"{"colors": {"\##(role)": "#0a0b0c"}}"##)
            #expect(theme != { var copy = ThemeCatalog.defaultTheme; copy.name = "fallback"; return copy }(), "\(role) changed nothing")
        }
    }

    @Test func malformedJSONNamesTheFileLineAndColumn() {
        #expect(message(##"{"colors": {"border": "#61afef",}"##) == "x.json:1:32: malformed JSON: trailing comma before '}'")
        #expect(message("", file: "empty.json") == "empty.json:1:1: malformed JSON: unexpected end of input")
    }

    @Test func aBadHexColourNamesTheKeyAndQuotesTheValue() {
        #expect(message(##"{"colors": {"border": "blue"}}"##)
            == ##"x.json:1:23: colors.border: expected a colour like "#61afef" or "default", got string "blue""##)
        #expect(message("{\n  \"colors\": {\n    \"border\": \"blue\"\n  }\n}")
            == ##"x.json:3:15: colors.border: expected a colour like "#61afef" or "default", got string "blue""##)
        #expect(message(##"{"colors": {"text": 12}}"##)
            == ##"x.json:1:21: colors.text: expected a colour like "#61afef" or "default", got number 12"##)
    }

    @Test func anUnknownRoleIsNamedWithTheRolesThatExist() {
        #expect(message(##"{"colors": {"bordr": "#61afef"}}"##)
            == "x.json:1:13: colors.bordr: unknown colour role; known roles: background, text, dim, border, "
            + "borderFocused, title, header, selection, selectionText, highlight, added, changed, series, up, down, warning, error")
    }

    @Test func aSeriesMustBeANonEmptyArrayOfColours() {
        #expect(message(##"{"colors": {"series": "#61afef"}}"##)
            == ##"x.json:1:23: colors.series: expected a non-empty array of colours, got string "#61afef""##)
        #expect(message(##"{"colors": {"series": {"a": 1}}}"##)
            == "x.json:1:23: colors.series: expected a non-empty array of colours, got an object")
        #expect(message(##"{"colors": {"series": []}}"##)
            == "x.json:1:23: colors.series: expected a non-empty array of colours, got an empty array")
        #expect(message(##"{"colors": {"series": ["#fff", 3]}}"##)
            == ##"x.json:1:32: colors.series[1]: expected a colour like "#61afef" or "default", got number 3"##)
    }

    @Test func theShapeOfTheFileIsChecked() {
        #expect(message("[1]") == ##"x.json:1:1: expected an object with "colors", got an array"##)
        #expect(message(##"{"name": ""}"##) == ##"x.json:1:10: name: expected a non-empty string, got string """##)
        #expect(message(##"{"colors": 3}"##) == "x.json:1:12: colors: expected an object of colours, got number 3")
    }

    @Test func errorsCarryTheirPartsSeparately() throws {
        do {
            _ = try parse("{\n\"colors\": {\"border\": \"blue\"}}", file: "themes/blue.json")
            Issue.record("a bad colour parsed")
        } catch {
            #expect(error.file == "themes/blue.json")
            #expect(error.line == 2)
            #expect(error.column == 22)
            #expect(error.path == "colors.border")
        }
    }
}
