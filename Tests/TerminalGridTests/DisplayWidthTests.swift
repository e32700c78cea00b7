import Testing
@testable import TerminalGrid

@Suite struct DisplayWidthTests {
    @Test func asciiLettersTakeOneColumnEach() {
        #expect(DisplayWidth.of("GPT-4o") == 6)
        #expect(DisplayWidth.of(Character("a")) == 1)
    }

    @Test func emptyStringTakesNoColumns() {
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func controlCharactersTakeNoColumns() {
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
        #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
        #expect(DisplayWidth.of(Character("\u{9B}")) == 0)
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
    }

    @Test func combiningAccentAddsNothingToItsBase() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("caf\u{E9}") == DisplayWidth.of("cafe\u{0301}"))
    }

    @Test func loneCombiningMarkTakesNoColumns() {
        #expect(DisplayWidth.of(Character("\u{0301}")) == 0)
        #expect(DisplayWidth.of(Character("\u{20DD}")) == 0)
    }

    @Test func invisibleFormatCharactersTakeNoColumns() {
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{FEFF}") == 0)
        #expect(DisplayWidth.of("\u{00AD}") == 0)
        #expect(DisplayWidth.of("\u{FE0F}") == 0)
        #expect(DisplayWidth.of("\u{E0001}") == 0)
    }

    @Test func cjkIdeographsTakeTwoColumns() {
        #expect(DisplayWidth.of("模型") == 4)
        #expect(DisplayWidth.of("深度求索") == 8)
    }

    @Test func hangulSyllablesTakeTwoColumns() {
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func decomposedHangulSyllableTakesTwoColumns() {
        let jamo = "\u{1100}\u{1161}\u{11A8}"
        #expect(jamo.count == 1)
        #expect(DisplayWidth.of(jamo) == 2)
    }

    @Test func kanaFullwidthFormsAndIdeographicSpaceTakeTwoColumns() {
        #expect(DisplayWidth.of("カタカナ") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("\u{3000}") == 2)
    }

    @Test func halfwidthKatakanaTakesOneColumn() {
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
    }

    @Test func ideographsOutsideTheBasicPlaneTakeTwoColumns() {
        #expect(DisplayWidth.of("\u{20000}") == 2)
        #expect(DisplayWidth.of("\u{30000}") == 2)
    }

    @Test func emojiWithEmojiPresentationTakeTwoColumns() {
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("🤖") == 2)
    }

    @Test func skinToneModifierStaysInsideOneWideGlyph() {
        #expect(DisplayWidth.of("👍🏽") == 2)
    }

    @Test func flagTakesTwoColumns() {
        #expect(DisplayWidth.of("🇺🇸") == 2)
        #expect(DisplayWidth.of("🇺🇸🇨🇳") == 4)
    }

    @Test func zeroWidthJoinerSequenceTakesTwoColumns() {
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("👁\u{200D}🗨") == 2)
    }

    @Test func textStyleSymbolTurnsWideOnlyWithEmojiSelector() {
        #expect(DisplayWidth.of("\u{2764}") == 1)
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)
        #expect(DisplayWidth.of("1\u{20E3}") == 1)
    }

    @Test func boxDrawingBlocksAndBrailleTakeOneColumn() {
        #expect(DisplayWidth.of("─│┌▏█⣿•…") == 8)
    }

    /// Printable ASCII, box drawing and block elements are answered without property lookups;
    /// the rules would give each one column too (none is wide, emoji or zero-width), and a
    /// selector or mark after one still goes through the rules.
    @Test func theShortcutsAgreeWithTheRules() {
        for value in Array(0x20..<0x7F) + Array(0x2500...0x259F) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(!scalar.properties.isEmojiPresentation && DisplayWidth.width(of: scalar) == 1, "U+\(String(value, radix: 16))")
            #expect(DisplayWidth.of(Character(scalar)) == 1)
        }
        #expect(DisplayWidth.of("#\u{FE0F}\u{20E3}") == 2)
        #expect(DisplayWidth.of("\u{2588}\u{0301}") == 1)
    }

    @Test func accentedLatinGreekAndCyrillicTakeOneColumn() {
        #expect(DisplayWidth.of("Ünïcødé Ωμέγα Привет") == 20)
    }
}
