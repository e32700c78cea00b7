import CNcurses
import Testing
@testable import NcursesBackend

@Suite struct KeyDecoderTests {
    static let characterTable: [(UInt32, KeyEvent)] = [
        (10, .key(.enter)), (13, .key(.enter)),
        (127, .key(.backspace)), (8, .key(.backspace)),
        (27, .key(.escape)), (9, .key(.tab)),
        (4, .key(.control("d"))), (21, .key(.control("u"))), (12, .key(.control("l"))), (3, .key(.control("c"))),
        (1, .key(.control("a"))), (26, .key(.control("z"))), (0, .key(.control("@"))), (28, .key(.control("\\"))),
        (32, .key(.character(" "))), (106, .key(.character("j"))), (63, .key(.character("?"))), (71, .key(.character("G"))),
        (0xE9, .key(.character("é"))), (0x6F22, .key(.character("漢"))), (0x1F600, .key(.character("😀"))),
    ]

    @Test(arguments: characterTable)
    func charactersDecode(code: UInt32, expected: KeyEvent) {
        #expect(KeyDecoder.decode(status: OK, code: code) == expected)
    }

    static let keyCodeTable: [(Int32, KeyEvent)] = [
        (KEY_ENTER, .key(.enter)), (KEY_BACKSPACE, .key(.backspace)), (KEY_BTAB, .key(.backTab)),
        (KEY_DC, .key(.delete)), (KEY_IC, .key(.insert)),
        (KEY_UP, .key(.up)), (KEY_DOWN, .key(.down)), (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)),
        (KEY_HOME, .key(.home)), (KEY_END, .key(.end)), (KEY_PPAGE, .key(.pageUp)), (KEY_NPAGE, .key(.pageDown)),
        (KEY_F0 + 1, .key(.function(1))), (KEY_F0 + 12, .key(.function(12))), (KEY_RESIZE, .resize),
    ]

    @Test(arguments: keyCodeTable)
    func keyCodesDecode(code: Int32, expected: KeyEvent) {
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code)) == expected)
    }

    @Test func errorAndUnknownCodesDecodeToNothing() {
        #expect(KeyDecoder.decode(status: ERR, code: 106) == nil)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_SLEFT)) == nil)
        #expect(KeyDecoder.decode(status: OK, code: 0x9B) == nil, "a C1 control is not a character")
        #expect(KeyDecoder.decode(status: OK, code: 0xD800) == nil, "a lone surrogate is not a scalar")
    }

    @Test func mouseKeyAsksForTheEventOnlyThen() {
        var asked = 0
        let click = MouseEvent(x: 3, y: 4, kind: .press(1))
        let event = KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_MOUSE)) { asked += 1; return click }
        #expect(event == .mouse(click))
        _ = KeyDecoder.decode(status: OK, code: 106) { asked += 1; return click }
        #expect(asked == 1)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_MOUSE)) { nil } == nil)
    }

    @Test func mouseButtonBitsDecode() {
        let masks = KeyDecoder.MouseMasks.ncurses
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: masks.button1Pressed)?.kind == .press(1))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: masks.button3Pressed)?.kind == .press(3))
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: masks.button1Released)?.kind == .release)
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: masks.wheelUp)?.kind == .wheelUp)
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: masks.wheelDown)?.kind == .wheelDown)
        #expect(KeyDecoder.decodeMouse(x: 1, y: 2, buttonState: UInt(frontier_report_mouse_position())) == nil)
        #expect(KeyDecoder.decodeMouse(x: 7, y: 9, buttonState: masks.button1Pressed) == MouseEvent(x: 7, y: 9, kind: .press(1)))
    }
}
