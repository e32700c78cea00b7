import FrontierCore
@testable import NcursesBackend
import TerminalKeys
import Testing

/// The binding table and the terminal decoder agree: every key the table names is one the
/// decoder produces. Both speak `Key`, so a key that reaches `reduce` is the key decoded.
@Suite struct KeyTranslationTests {
    /// Every key the decoder produces from ASCII codes and from ncurses key codes (which all
    /// lie below 0x1000).
    static let decodedKeys: [Key] = {
        let characters = (UInt32(0)..<0x80).compactMap { KeyDecoder.decodeCharacter($0) }
        let keyCodes = (Int32(0)..<0x1000).compactMap { KeyDecoder.decodeKeyCode($0, mouse: { nil })?.key }
        return characters + keyCodes
    }()

    /// Whether some input decodes to `key`; a character from its own code point.
    static func decoderProduces(_ key: Key) -> Bool {
        if case let .character(character) = key, character.unicodeScalars.count == 1,
           let scalar = character.unicodeScalars.first {
            return KeyDecoder.decodeCharacter(scalar.value) == key
        }
        return decodedKeys.contains(key)
    }

    @Test func everyBoundKeyIsOneTheDecoderProduces() {
        for binding in KeyBindings.table {
            for key in binding.keys {
                #expect(Self.decoderProduces(key), "\(key.label) (\(binding.help)) never comes from the terminal")
            }
        }
    }

    @Test func ctrlCThatArrivesAsASignalIsTheBoundQuitKey() {
        // The runtime sends Ctrl-C as this key when cbreak mode turns it into SIGINT.
        #expect(KeyBindings.command(for: .control("c")) == .quit)
        #expect(Self.decoderProduces(.control("c")))
    }

    @Test func theMouseAndResizesAreNotKeys() {
        #expect(KeyEvent.resize.key == nil)
        #expect(KeyEvent.mouse(MouseEvent(x: 3, y: 4, kind: .press(1))).key == nil)
    }

    @Test func keysATerminalCannotSendAreCaught() {
        // What the check above would say of a binding to one of these.
        #expect(!Self.decoderProduces(.control("i")), "Ctrl-I arrives as Tab")
        #expect(!Self.decoderProduces(.control("m")), "Ctrl-M arrives as Enter")
        #expect(!Self.decoderProduces(.control("[")), "Ctrl-[ arrives as Esc")
        #expect(!Self.decoderProduces(.character("\n")), "a newline arrives as Enter")
        #expect(!Self.decoderProduces(.function(64)))
    }

    @Test func typedAndPastedTextReachesTheFilterLineAsDecoded() {
        var state = AppState(dataset: Dataset())
        let text = "día 模型 😀 q"
        let events = ["/"].flatMap(\.unicodeScalars).map(\.value) + text.unicodeScalars.map(\.value)
        for code in events {
            guard let key = KeyDecoder.decodeCharacter(code) else {
                Issue.record("code \(code) does not decode to a key")
                continue
            }
            _ = reduce(&state, .keyPressed(key))
        }
        #expect(state.input.text == text)
        #expect(state.running)
    }
}
