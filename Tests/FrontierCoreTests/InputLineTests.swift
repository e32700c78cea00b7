@testable import FrontierCore
import TerminalKeys
import Testing

@Suite struct InputLineTests {
    func typed(_ keys: Key...) -> InputLine {
        var line = InputLine()
        for key in keys { _ = line.handle(key) }
        return line
    }

    @Test func charactersInsertAtTheCursor() {
        let line = typed("o", "r", "g", .left, .left, "x")
        #expect(line.text == "oxrg")
        #expect(line.cursor == 2)
    }

    @Test func spaceIsTypedLikeAnyCharacter() {
        #expect(typed("a", .character(" "), "b").text == "a b")
    }

    @Test func backspaceAndDeleteRemoveAroundTheCursor() {
        #expect(typed("a", "b", "c", .backspace).text == "ab")
        #expect(typed("a", "b", "c", .home, .delete).text == "bc")
        #expect(typed(.backspace, .delete).text == "")
    }

    @Test func controlKeysEditLikeAShell() {
        #expect(typed("o", "r", "g", .character(" "), "m", "i", "t", .control("w")).text == "org ")
        #expect(typed("a", "b", .left, .control("u")).text == "b")
        let line = typed("a", "b", .control("a"))
        #expect(line.cursor == 0)
    }

    @Test func keysThatAreNotEditingAreLeftToTheCaller() {
        var line = InputLine("x")
        #expect(line.handle(.enter) == .notHandled)
        #expect(line.handle(.escape) == .notHandled)
        #expect(line.handle(.up) == .notHandled)
        #expect(line.handle(.function(5)) == .notHandled)
        #expect(line.text == "x")
    }

    @Test func wideCharactersMoveAsOne() {
        let line = typed("模", "型", .left, "x")
        #expect(line.text == "模x型")
    }
}

@Suite struct CommandPromptTests {
    @Test func commandsParseWithTheirArguments() throws {
        #expect(try CommandPrompt.parse("sort gpqa-diamond desc").get() == .sort(key: "gpqa-diamond", descending: true))
        #expect(try CommandPrompt.parse("sort name").get() == .sort(key: "name", descending: nil))
        #expect(try CommandPrompt.parse("theme nord").get() == .theme("nord"))
        #expect(try CommandPrompt.parse("mix 10:1").get() == .mix(TokenMix(input: 10, output: 1)))
        #expect(try CommandPrompt.parse("save deepseek-week").get() == .save("deepseek-week"))
        #expect(try CommandPrompt.parse("view deepseek-week").get() == .view("deepseek-week"))
        #expect(try CommandPrompt.parse("quit").get() == .quit)
        #expect(try CommandPrompt.parse("show all").get() == .show(everyRow: true))
        #expect(try CommandPrompt.parse("show notable").get() == .show(everyRow: false))
        #expect(CommandPrompt.parse("show some").failureMessage == ":show takes all or notable, not \"some\"")
        #expect(CommandPrompt.complete("show n", sortKeys: [], themes: [], views: []).line == "show notable ")
    }

    @Test func mistakesSayWhatIsWrong() {
        #expect(CommandPrompt.parse("frobnicate").failureMessage == "unknown command \"frobnicate\"; commands: sort, theme, mix, save, view, show, quit")
        #expect(CommandPrompt.parse("mix ten").failureMessage == ":mix takes INPUT:OUTPUT tokens, e.g. 10:1, not \"ten\"")
        #expect(CommandPrompt.parse("mix 0:0").failureMessage == ":mix takes INPUT:OUTPUT tokens, e.g. 10:1, not \"0:0\"")
        #expect(CommandPrompt.parse("sort").failureMessage == ":sort takes a column and optionally asc or desc")
        #expect(CommandPrompt.parse("sort name up").failureMessage == ":sort direction is asc or desc, not \"up\"")
        #expect(CommandPrompt.parse("theme").failureMessage == ":theme takes a theme name")
    }

    @Test func tabCompletesCommandNamesAndTheirArguments() {
        #expect(CommandPrompt.complete("th", sortKeys: [], themes: [], views: []).line == "theme ")
        let ambiguous = CommandPrompt.complete("s", sortKeys: [], themes: [], views: [])
        #expect(ambiguous.line == "s")
        #expect(ambiguous.candidates == ["sort", "save", "show"])
        #expect(CommandPrompt.complete("theme n", sortKeys: [], themes: ["default", "nord"], views: []).line == "theme nord ")
        #expect(CommandPrompt.complete("sort score:g", sortKeys: ["name", "score:gpqa-diamond"], themes: [], views: []).line
                == "sort score:gpqa-diamond ")
        #expect(CommandPrompt.complete("sort name ", sortKeys: [], themes: [], views: []).candidates == ["asc", "desc"])
    }
}

extension Result where Failure == CommandPromptError {
    var failureMessage: String? {
        if case let .failure(error) = self { return error.message }
        return nil
    }
}

extension InputLineTests {
    @Test func aPasteStopsAtTheLongestLineAndSaysTheLineIsFull() {
        var line = InputLine(String(repeating: "(", count: InputLine.maximumLength - 1))
        #expect(line.handle("(") == .edited)
        #expect(line.handle("(") == .full)
        #expect(line.text.count == InputLine.maximumLength)
        #expect(line.handle(.backspace) == .edited)
        #expect(line.text.count == InputLine.maximumLength - 1)
    }
}

extension InputLineTests {
    @Test func nonASCIIAndPastedTextIsTypedCharacterByCharacter() {
        var line = InputLine()
        for character in "día 模型 😀 naïve" { #expect(line.handle(.character(character)) == .edited) }
        #expect(line.text == "día 模型 😀 naïve")
        #expect(line.cursor == "día 模型 😀 naïve".count)
    }

    @Test func controlCharactersAreNotTyped() {
        var line = InputLine("x")
        #expect(line.handle(.character("\n")) == .notHandled)
        #expect(line.handle(.character("\u{7F}")) == .notHandled)
        #expect(line.handle(.control("x")) == .notHandled)
        #expect(line.text == "x")
    }
}
