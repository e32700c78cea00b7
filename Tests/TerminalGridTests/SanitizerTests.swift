import Testing
@testable import TerminalGrid

@Suite struct SanitizerTests {
    @Test func plainTextIsLeftUnchanged() {
        #expect(Sanitizer.clean("Claude 3.5 Sonnet — $3/M tokens") == "Claude 3.5 Sonnet — $3/M tokens")
        #expect(Sanitizer.clean("模型 🚀 e\u{0301} \u{FFFD}") == "模型 🚀 e\u{0301} \u{FFFD}")
    }

    @Test func lineBreaksAndTabsBecomeOneSpaceEach() {
        #expect(Sanitizer.clean("a\nb\tc\rd\u{0B}e\u{0C}f") == "a b c d e f")
        #expect(Sanitizer.clean("a\n\nb") == "a  b")
    }

    @Test func windowsLineEndingCountsAsOneLineBreak() {
        #expect(Sanitizer.clean("line one\r\nline two") == "line one line two")
    }

    @Test func otherControlCharactersVanish() {
        #expect(Sanitizer.clean("a\u{00}b\u{07}c\u{08}d\u{7F}e") == "abcde")
    }

    @Test func c1ControlsVanish() {
        #expect(Sanitizer.clean("a\u{80}b\u{8D}c\u{9A}d") == "abcd")
    }

    @Test func clearScreenSequenceIsRemovedWhole() {
        #expect(Sanitizer.clean("GPT\u{1B}[2J\u{1B}[H-4o") == "GPT-4o")
    }

    @Test func colourSequenceWithParametersIsRemovedWhole() {
        #expect(Sanitizer.clean("\u{1B}[38;2;255;0;0mred\u{1B}[0m") == "red")
        #expect(Sanitizer.clean("\u{1B}[?1049h\u{1B}[?25l") == "")
    }

    @Test func clipboardWriteIsRemovedWithItsPayload() {
        let hostile = "name\u{1B}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{07}tail"
        #expect(Sanitizer.clean(hostile) == "nametail")
    }

    @Test func titleSetTerminatedByStringTerminatorIsRemoved() {
        #expect(Sanitizer.clean("a\u{1B}]0;pwned\u{1B}\\b") == "ab")
    }

    @Test func hyperlinkKeepsOnlyItsVisibleText() {
        let link = "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        #expect(Sanitizer.clean(link) == "click")
    }

    @Test func unterminatedDeviceControlStringSwallowsTheRest() {
        #expect(Sanitizer.clean("safe\u{1B}P1$qm and everything after") == "safe")
    }

    @Test func privacyMessageApplicationCommandAndStartOfStringAreRemoved() {
        #expect(Sanitizer.clean("a\u{1B}^pm\u{1B}\\b\u{1B}_apc\u{07}c\u{1B}Xsos\u{1B}\\d") == "abcd")
    }

    @Test func eightBitControlSequenceIsRemovedWhole() {
        #expect(Sanitizer.clean("x\u{9B}2Jy") == "xy")
        #expect(Sanitizer.clean("x\u{9B}31mred") == "xred")
    }

    @Test func eightBitControlStringsAreRemovedUpToTheirTerminator() {
        #expect(Sanitizer.clean("a\u{9D}0;title\u{9C}b") == "ab")
        #expect(Sanitizer.clean("a\u{90}payload\u{1B}\\b") == "ab")
        #expect(Sanitizer.clean("a\u{98}x\u{9C}b\u{9E}y\u{9C}c\u{9F}z\u{07}d") == "abcd")
    }

    @Test func escapeInsideAStringEndsItAndIsRemovedToo() {
        #expect(Sanitizer.clean("a\u{1B}]0;title\u{1B}[31mb") == "ab")
    }

    @Test func shortEscapeSequencesAreRemovedWithTheirFinalCharacter() {
        #expect(Sanitizer.clean("a\u{1B}cb") == "ab")
        #expect(Sanitizer.clean("a\u{1B}(0b") == "ab")
        #expect(Sanitizer.clean("a\u{1B}7b\u{1B}8") == "ab")
    }

    @Test func escapeAtTheEndVanishes() {
        #expect(Sanitizer.clean("abc\u{1B}") == "abc")
        #expect(Sanitizer.clean("abc\u{1B}[") == "abc")
    }

    @Test func escapeBeforeANewlineKeepsTheNewlineAsASpace() {
        #expect(Sanitizer.clean("a\u{1B}\nb") == "a b")
    }

    @Test func bidiOverrideCannotReorderText() {
        let reordered = "invoice_\u{202E}fdp.exe"
        #expect(Sanitizer.clean(reordered) == "invoice_fdp.exe")
    }

    @Test func everyBidiControlIsRemoved() {
        let controls: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                  0x200E, 0x200F, 0x061C]
        for value in controls {
            let text = "a" + String(Character(Unicode.Scalar(value)!)) + "b"
            #expect(Sanitizer.clean(text) == "ab")
        }
    }

    @Test func cleanedTextContainsNoControlsWhateverTheInput() {
        var generator = SeededGenerator(seed: 7)
        let alphabet: [Unicode.Scalar] = ["\u{1B}", "[", "]", "P", "\\", "\u{07}", "\u{9B}", "\u{9C}", "\u{9D}",
                                          "a", "1", ";", "\n", "\u{202E}", "模", "m", "\u{90}", "\u{7F}"]
        for _ in 0..<500 {
            var input = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                input.append(alphabet.randomElement(using: &generator)!)
            }
            let output = Sanitizer.clean(String(input))
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(!output.unicodeScalars.contains { $0.value == 0x202E })
            #expect(Sanitizer.clean(output) == output)
        }
    }

    @Test func visibleSpellsOutEveryControlAndKeepsLinesAndTabs() {
        #expect(Sanitizer.visible("x\u{1B}]52;c;SGVsbG8=\u{07}y") == "x\\x1b]52;c;SGVsbG8=\\x07y")
        #expect(Sanitizer.visible("\u{1B}[2J\u{9B}31m\u{202E}\u{08}\r\u{7F}") == "\\x1b[2J\\x9b31m\\u202e\\x08\\x0d\\x7f")
        #expect(Sanitizer.visible("two\nlines\tand a tab") == "two\nlines\tand a tab")
        #expect(Sanitizer.visible("深度求索 é") == "深度求索 é")
    }
}
