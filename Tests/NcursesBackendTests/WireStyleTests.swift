import Testing
import TerminalGrid
@testable import NcursesBackend

@Suite struct WireStyleTests {
    let text = Style(foreground: .rgb(200, 200, 200), background: .rgb(0, 0, 0), attributes: [.bold])
    let dim = Style(foreground: .rgb(100, 100, 100), background: .rgb(0, 0, 0))

    @Test func aBlankBorrowsTheForegroundAndAttributesOfTheCellBeforeIt() {
        let sent = WireStyle.style(for: Cell(" ", style: dim), after: text)
        #expect(sent == Style(foreground: text.foreground, background: dim.background, attributes: [.bold]))
    }

    @Test func aBlankKeepsItsOwnBackground() {
        let highlighted = Style(foreground: .default, background: .rgb(40, 60, 90))
        #expect(WireStyle.style(for: Cell(" ", style: highlighted), after: text).background == .rgb(40, 60, 90))
    }

    @Test func textAlwaysGoesOutInItsOwnStyle() {
        #expect(WireStyle.style(for: Cell("x", style: dim), after: text) == dim)
    }

    @Test func reverseAndUnderlinedBlanksShowAndKeepTheirStyle() {
        let selected = Style(attributes: [.reverse])
        #expect(WireStyle.style(for: Cell(" ", style: selected), after: text) == selected)
        let underlined = Style(attributes: [.underline])
        #expect(WireStyle.style(for: Cell(" ", style: underlined), after: text) == underlined)
    }

    @Test func aBlankAfterAReversedCellDoesNotTurnReversed() {
        let sent = WireStyle.style(for: Cell(" ", style: dim), after: Style(foreground: .rgb(1, 2, 3), attributes: [.reverse, .bold]))
        #expect(!sent.attributes.contains(.reverse))
        #expect(sent.attributes.contains(.bold))
    }

    @Test func theFirstCellOfARunIsSentAsItIs() {
        #expect(WireStyle.style(for: Cell(" ", style: dim), after: nil) == dim)
    }
}
