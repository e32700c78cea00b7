import CNcurses
import TerminalKeys

/// Turns what `wget_wch` returned into a `KeyEvent`.
///
/// Pure, so the whole table (Enter as CR, LF and KEY_ENTER; Backspace as DEL, BS and
/// KEY_BACKSPACE; ...) is unit-tested without a terminal.
enum KeyDecoder {
    /// The mouse button bits this backend asks ncurses for.
    struct MouseMasks {
        var button1Pressed: UInt
        var button1Released: UInt
        var button2Pressed: UInt
        var button3Pressed: UInt
        var wheelUp: UInt
        var wheelDown: UInt

        static let ncurses = MouseMasks(
            button1Pressed: UInt(frontier_button1_pressed()),
            button1Released: UInt(frontier_button1_released()),
            button2Pressed: UInt(frontier_button2_pressed()),
            button3Pressed: UInt(frontier_button3_pressed()),
            wheelUp: UInt(frontier_button4_pressed()),
            wheelDown: UInt(frontier_button5_pressed())
        )

        var all: UInt { button1Pressed | button1Released | button2Pressed | button3Pressed | wheelUp | wheelDown }
    }

    /// Decodes one `wget_wch` result.
    ///
    /// - Parameters:
    ///   - status: the return value: `OK` for a character, `KEY_CODE_YES` for a key code.
    ///   - code: the character or key code it stored.
    ///   - mouse: asked only for `KEY_MOUSE`; returns the event `getmouse` reported.
    /// - Returns: nil for `ERR` and for codes the app has no use for.
    static func decode(status: Int32, code: UInt32, mouse: () -> MouseEvent? = { nil }) -> KeyEvent? {
        switch status {
        case OK: return decodeCharacter(code).map(KeyEvent.key)
        case KEY_CODE_YES: return decodeKeyCode(Int32(bitPattern: code), mouse: mouse)
        default: return nil
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .control("@")
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32, mouse: () -> MouseEvent?) -> KeyEvent? {
        switch code {
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return mouse().map(KeyEvent.mouse)
        case frontier_key_f(1)...frontier_key_f(63): return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    /// Decodes the button bits `getmouse` reported; nil for motion and buttons we ignore.
    static func decodeMouse(x: Int, y: Int, buttonState: UInt, masks: MouseMasks = .ncurses) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttonState & masks.wheelUp != 0 {
            kind = .wheelUp
        } else if buttonState & masks.wheelDown != 0 {
            kind = .wheelDown
        } else if buttonState & masks.button1Pressed != 0 {
            kind = .press(1)
        } else if buttonState & masks.button2Pressed != 0 {
            kind = .press(2)
        } else if buttonState & masks.button3Pressed != 0 {
            kind = .press(3)
        } else if buttonState & masks.button1Released != 0 {
            kind = .release
        } else {
            return nil
        }
        return MouseEvent(x: x, y: y, kind: kind)
    }
}
