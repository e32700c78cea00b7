import Testing
@testable import TerminalGrid

@Suite struct TextLayoutTests {
    @Test func textThatFitsIsLeftUnchanged() {
        #expect(TextLayout.truncate("DeepSeek", toWidth: 8) == "DeepSeek")
    }

    @Test func longTextIsCutAndEndsInTheEllipsis() {
        #expect(TextLayout.truncate("DeepSeek-V3", toWidth: 6) == "DeepS…")
        #expect(TextLayout.truncate("DeepSeek-V3", toWidth: 6, ellipsis: "...") == "Dee...")
    }

    @Test func ellipsisThatDoesNotFitIsLeftOut() {
        #expect(TextLayout.truncate("DeepSeek", toWidth: 2, ellipsis: "...") == "De")
    }

    @Test func truncatingToZeroOrLessGivesNothing() {
        #expect(TextLayout.truncate("abc", toWidth: 0) == "")
        #expect(TextLayout.truncate("abc", toWidth: -3) == "")
    }

    @Test func truncationNeverSplitsAWideGlyph() {
        let cut = TextLayout.truncate("模型模型", toWidth: 6)
        #expect(cut == "模型…")
        #expect(DisplayWidth.of(cut) == 5)
        #expect(TextLayout.truncate("模型", toWidth: 1, ellipsis: "") == "")
    }

    @Test func padAddsSpacesOnTheSideAwayFromTheAlignment() {
        #expect(TextLayout.pad("ab", toWidth: 5) == "ab   ")
        #expect(TextLayout.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(TextLayout.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
    }

    @Test func padCountsColumnsNotCharacters() {
        #expect(TextLayout.pad("模", toWidth: 4, alignment: .right) == "  模")
    }

    @Test func padLeavesWiderTextAlone() {
        #expect(TextLayout.pad("abcdef", toWidth: 3) == "abcdef")
    }

    @Test func fitAlwaysGivesExactlyTheWidth() {
        for width in 0...10 {
            for text in ["", "a", "模型模型", "🚀 launch", "e\u{0301}te\u{0301}"] {
                #expect(DisplayWidth.of(TextLayout.fit(text, toWidth: width, alignment: .right)) == width)
            }
        }
    }
}
