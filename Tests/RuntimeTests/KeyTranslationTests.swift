import FrontierCore
import Testing
@testable import frontier
@testable import NcursesBackend

/// The binding table and the terminal decoder agree: every key the table names is one the
/// decoder produces, and it reaches `reduce` as that same key.
@Suite struct KeyTranslationTests {
    /// Every key event the decoder produces from ASCII codes and from ncurses key codes (which
    /// all lie below 0x1000), mouse events aside.
    static let decodedEvents: [KeyEvent] = {
        let characters = (UInt32(0)..<0x80).compactMap { KeyDecoder.decodeCharacter($0) }
        let keyCodes = (Int32(0)..<0x1000).compactMap { KeyDecoder.decodeKeyCode($0, mouse: { nil }) }
        return characters + keyCodes
    }()

    /// Whether some input decodes to `event`; a character from its own code point.
    static func decoderProduces(_ event: KeyEvent) -> Bool {
        if case let .character(character) = event, character.unicodeScalars.count == 1,
           let scalar = character.unicodeScalars.first {
            return KeyDecoder.decodeCharacter(scalar.value) == event
        }
        return decodedEvents.contains(event)
    }

    /// The terminal event a key is: the inverse of the runtime's `Key.init(_:)`.
    static func event(for key: Key) -> KeyEvent {
        switch key {
        case let .character(character): return .character(character)
        case let .control(character): return .control(character)
        case .enter: return .enter
        case .escape: return .escape
        case .tab: return .tab
        case .backTab: return .backTab
        case .backspace: return .backspace
        case .delete: return .delete
        case .insert: return .insert
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        case .home: return .home
        case .end: return .end
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case let .function(number): return .function(number)
        }
    }

    @Test func everyBoundKeyIsOneTheDecoderProducesAndReachesReduceUnchanged() {
        for binding in KeyBindings.table {
            for key in binding.keys {
                let event = Self.event(for: key)
                #expect(Self.decoderProduces(event), "\(key.label) (\(binding.help)) never comes from the terminal")
                #expect(Key(event) == key, "\(key.label) (\(binding.help)) reaches reduce as another key")
            }
        }
    }

    @Test func ctrlCThatArrivesAsASignalIsTheBoundQuitKey() {
        // The runtime sends Ctrl-C as this key when cbreak mode turns it into SIGINT.
        #expect(KeyBindings.command(for: .control("c")) == .quit)
        #expect(Self.decoderProduces(Self.event(for: .control("c"))))
    }

    @Test func everyDecodedKeyIsAKeyAndMapsBack() {
        for event in Self.decodedEvents where event != .resize {
            let key = Key(event)
            #expect(key != nil, "\(event) is dropped")
            #expect(key.map(Self.event(for:)) == event, "\(event) comes back as another event")
        }
    }

    @Test func theMouseAndResizesAreNotKeys() {
        #expect(Key(.resize) == nil)
        #expect(Key(.mouse(MouseEvent(x: 3, y: 4, kind: .press(1)))) == nil)
        #expect(Key(.mouse(MouseEvent(x: 3, y: 4, kind: .wheelDown))) == nil)
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
            guard let event = KeyDecoder.decodeCharacter(code), let key = Key(event) else {
                Issue.record("code \(code) does not decode to a key")
                continue
            }
            _ = reduce(&state, .keyPressed(key))
        }
        #expect(state.input.text == text)
        #expect(state.running)
    }
}
