@testable import FrontierCore
import TerminalKeys
import Testing

/// Keys are values; their labels are what the help, the footer and the README show.
@Suite struct KeyTests {
    static let labelled: [(Key, String)] = [
        (.tab, "Tab"), (.backTab, "S-Tab"), (.control("d"), "C-d"), (.control("@"), "C-@"), (.pageDown, "PgDn"),
        (.pageUp, "PgUp"), (.character("j"), "j"), (.character("G"), "G"), (.enter, "Enter"),
        (.escape, "Esc"), (.character("?"), "?"), (.character(" "), "Space"), (.backspace, "Backspace"),
        (.delete, "Del"), (.insert, "Ins"), (.up, "Up"), (.down, "Down"), (.left, "Left"), (.right, "Right"),
        (.home, "Home"), (.end, "End"), (.function(5), "F5"), (.function(12), "F12"),
        (.character("漢"), "漢"), (.character("-"), "-"),
    ]

    @Test(arguments: labelled)
    func everyKeyHasItsLabel(key: Key, label: String) {
        #expect(key.label == label)
    }

    @Test func aOneCharacterLiteralIsThatCharactersKey() {
        let j: Key = "j"
        let han: Key = "漢"
        #expect(j == .character("j"))
        #expect(han == .character("漢"))
        #expect(j != "J", "case is kept: g and G are different keys")
    }

    @Test func everyBoundKeyHasADistinctLabel() {
        let labels = KeyBindings.table.flatMap(\.keys).map(\.label)
        #expect(Set(labels).count == labels.count)
    }

    @Test func helpAndFooterTextComeFromTheLabels() {
        let move = KeyBindings.table.first { $0.command == .moveDown }!
        #expect(KeyBindings.keysText(move) == "j, Down")
        #expect(KeyBindings.label(of: .halfPageDown) == "C-d")
        #expect(KeyBindings.label(of: .toggleMark) == "Space")
    }
}
