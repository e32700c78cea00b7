import CNcurses
import Testing
@testable import NcursesBackend

@Suite struct KeyDecoderTests {
    static let characterTable: [(UInt32, KeyEvent)] = [
        (10, .enter), (13, .enter),
        (127, .backspace), (8, .backspace),
        (27, .escape), (9, .tab),
        (4, .control("d")), (21, .control("u")), (12, .control("l")), (3, .control("c")),
        (1, .control("a")), (26, .control("z")), (0, .control("@")), (28, .control("\\")),
        (32, .character(" ")), (106, .character("j")), (63, .character("?")), (71, .character("G")),
        (0xE9, .character("é")), (0x6F22, .character("漢")), (0x1F600, .character("😀")),
    ]

    @Test(arguments: characterTable)
    func charactersDecode(code: UInt32, expected: KeyEvent) {
        #expect(KeyDecoder.decode(status: OK, code: code) == expected)
    }

    static let keyCodeTable: [(Int32, KeyEvent)] = [
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab),
        (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)), (KEY_RESIZE, .resize),
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
