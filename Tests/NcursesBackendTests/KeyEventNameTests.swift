import Testing
@testable import NcursesBackend

@Suite struct KeyEventNameTests {
    static let named: [(KeyEvent, String)] = [
        (.tab, "Tab"), (.backTab, "S-Tab"), (.control("d"), "C-d"), (.pageDown, "PgDn"),
        (.pageUp, "PgUp"), (.character("j"), "j"), (.character("G"), "G"), (.enter, "Enter"),
        (.escape, "Esc"), (.character("?"), "?"), (.character(" "), "Space"), (.backspace, "Backspace"),
        (.delete, "Del"), (.insert, "Ins"), (.up, "Up"), (.down, "Down"), (.left, "Left"), (.right, "Right"),
        (.home, "Home"), (.end, "End"), (.function(5), "F5"), (.function(12), "F12"), (.resize, "Resize"),
        (.control("@"), "C-@"), (.character("漢"), "漢"), (.character("-"), "-"),
        (.mouse(MouseEvent(x: 0, y: 0, kind: .press(1))), "Mouse1"),
        (.mouse(MouseEvent(x: 0, y: 0, kind: .release)), "MouseUp"),
        (.mouse(MouseEvent(x: 0, y: 0, kind: .wheelUp)), "WheelUp"),
        (.mouse(MouseEvent(x: 0, y: 0, kind: .wheelDown)), "WheelDown"),
    ]

    @Test(arguments: named)
    func everyKeyHasItsNameAndParsesBack(key: KeyEvent, name: String) {
        #expect(key.name == name)
        #expect(KeyEvent(name: name) == key)
    }

    @Test func everyDecodableCharacterRoundTrips() {
        for code in UInt32(0)..<0x250 {
            guard let key = KeyDecoder.decodeCharacter(code) else { continue }
            #expect(KeyEvent(name: key.name) == key, "code \(code) named \(key.name)")
        }
    }

    @Test func aliasesAndCaseAreAccepted() {
        #expect(KeyEvent(name: "escape") == .escape)
        #expect(KeyEvent(name: "PageDown") == .pageDown)
        #expect(KeyEvent(name: "pgdn") == .pageDown)
        #expect(KeyEvent(name: "Ctrl-d") == .control("d"))
        #expect(KeyEvent(name: "^U") == .control("u"))
        #expect(KeyEvent(name: "C-D") == .control("d"))
        #expect(KeyEvent(name: "BackTab") == .backTab)
    }

    @Test func controlNamesFollowWhatTheTerminalSends() {
        #expect(KeyEvent(name: "C-i") == .tab)
        #expect(KeyEvent(name: "C-m") == .enter)
        #expect(KeyEvent(name: "C-h") == .backspace)
        #expect(KeyEvent(name: "C-[") == .escape)
    }

    @Test func unknownNamesDoNotParse() {
        #expect(KeyEvent(name: "") == nil)
        #expect(KeyEvent(name: "Hyper-x") == nil)
        #expect(KeyEvent(name: "F0") == nil)
        #expect(KeyEvent(name: "F64") == nil)
        #expect(KeyEvent(name: "C-") == nil)
        #expect(KeyEvent(name: "C-dd") == nil)
        #expect(KeyEvent(name: "C-é") == nil)
    }

    @Test func singleCharactersKeepTheirCase() {
        #expect(KeyEvent(name: "g") != KeyEvent(name: "G"))
    }

    @Test func mouseBindingsMatchAtAnyPosition() {
        let binding = KeyEvent(name: "WheelDown")!
        #expect(binding.matchesBinding(.mouse(MouseEvent(x: 40, y: 7, kind: .wheelDown))))
        #expect(!binding.matchesBinding(.mouse(MouseEvent(x: 40, y: 7, kind: .wheelUp))))
        #expect(KeyEvent.character("j").matchesBinding(.character("j")))
        #expect(!KeyEvent.character("j").matchesBinding(.character("k")))
    }
}
