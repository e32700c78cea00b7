import FrontierCore
import FrontierViews
import TerminalGrid
import TerminalKeys
import Testing

/// The `?` overlay and the footer are generated from the key-binding table and show all of it.
@Suite struct HelpOverlayTests {
    /// The help's lines as a user can read them: the text between the box's side borders.
    static func visibleLines(_ fixture: DashboardFixture) -> [String] {
        fixture.render().lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func shows(_ binding: KeyBinding, in lines: [String]) -> Bool {
        let keys = KeyBindings.keysText(binding)
        return lines.contains { line in
            guard let keysRange = line.range(of: "│ " + keys + " ") else { return false }
            return line[keysRange.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix(binding.help)
        }
    }

    @Test func helpListsEveryBindingWithItsHelpText() {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("?")
        let lines = Self.visibleLines(fixture)
        for binding in KeyBindings.table {
            #expect(Self.shows(binding, in: lines), "\(binding.keys) is missing from the help")
        }
        #expect(lines.contains { $0.contains("Esc or ? closes this help.") })
    }

    @Test(arguments: [[80, 24], [60, 15]])
    func everyHelpLineCanBeReachedOnASmallScreen(_ size: [Int]) {
        var fixture = DashboardFixture(width: size[0], height: size[1])
        fixture.press("?")
        var seen = Self.visibleLines(fixture)
        for _ in 0..<KeyBindings.table.count {
            fixture.press("j")
            #expect(fixture.state.overlay == .help)
            seen += Self.visibleLines(fixture)
        }
        let missing = KeyBindings.table.filter { !Self.shows($0, in: seen) }.map(\.help)
        let closes = seen.contains { $0.contains("Esc or ? closes this help.") }
        #expect(missing.isEmpty, "never shown at \(size): \(missing)")
        #expect(closes, "the closing hint is never shown at \(size)")
    }

    @Test func questionMarkAndEscBothCloseTheHelp() {
        for key: Key in ["?", .escape] {
            var fixture = DashboardFixture(width: 120, height: 40)
            let before = fixture.render()
            fixture.press("?", key)
            #expect(fixture.state.overlay == nil)
            #expect(fixture.render() == before)
        }
    }

    @Test func theFooterShowsEveryHintOfTheBindingTable() throws {
        let grid = DashboardFixture(width: 120, height: 40).render()
        let footer = grid.rowText(grid.height - 1)
        for hint in KeyBindings.footerHints {
            #expect(footer.contains(hint.keys + " " + hint.label), "footer lacks \(hint)")
        }
        #expect(footer.hasSuffix("Models 1/31 · default "))
    }
}
