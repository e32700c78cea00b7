/// Stable textual names, so key bindings (and their help text) can be written as data.
///
/// Names: a printable character is itself (`"j"`, `"?"`, `"G"`), except space, which is
/// `"Space"`; Ctrl keys are `"C-d"`; the rest are `"Enter"`, `"Esc"`, `"Tab"`, `"S-Tab"`,
/// `"Backspace"`, `"Del"`, `"Ins"`, `"Up"`, `"Down"`, `"Left"`, `"Right"`, `"Home"`, `"End"`,
/// `"PgUp"`, `"PgDn"`, `"F1"`..., `"Resize"`, and for the mouse `"Mouse1"`..`"Mouse3"`,
/// `"MouseUp"`, `"WheelUp"`, `"WheelDown"` (a name carries no position).
extension KeyEvent {
    private static let fixedNames: [(KeyEvent, String)] = [
        (.enter, "Enter"), (.escape, "Esc"), (.tab, "Tab"), (.backTab, "S-Tab"),
        (.backspace, "Backspace"), (.delete, "Del"), (.insert, "Ins"),
        (.up, "Up"), (.down, "Down"), (.left, "Left"), (.right, "Right"),
        (.home, "Home"), (.end, "End"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
        (.resize, "Resize"), (.character(" "), "Space"),
    ]

    /// Other spellings people write in configuration, lower-cased.
    private static let aliases: [String: KeyEvent] = [
        "escape": .escape, "return": .enter, "ret": .enter, "backtab": .backTab,
        "shift-tab": .backTab, "bs": .backspace, "delete": .delete, "insert": .insert,
        "pageup": .pageUp, "pagedown": .pageDown, "pgdown": .pageDown,
    ]

    /// The key's stable name, e.g. `"C-d"`, `"PgDn"`, `"S-Tab"`, `"j"`.
    public var name: String {
        if let fixed = Self.fixedNames.first(where: { $0.0 == self }) { return fixed.1 }
        switch self {
        case let .character(character): return String(character)
        case let .control(character): return "C-" + String(character)
        case let .function(number): return "F\(number)"
        case let .mouse(event):
            switch event.kind {
            case let .press(button): return "Mouse\(button)"
            case .release: return "MouseUp"
            case .wheelUp: return "WheelUp"
            case .wheelDown: return "WheelDown"
            }
        default:
            // Every other case has a fixed name above.
            return "?"
        }
    }

    /// Parses a key name (see `name`); nil when it names no key.
    ///
    /// Multi-letter names are matched without regard to case and accept a few common
    /// aliases ("Escape", "PageDown", "Ctrl-d"); a single character is always that character,
    /// so `"G"` and `"g"` stay different keys. Mouse events parse at position (0, 0).
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if let fixed = Self.fixedNames.first(where: { $0.1.lowercased() == lowered }) {
            self = fixed.0
            return
        }
        if let alias = Self.aliases[lowered] {
            self = alias
            return
        }
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lowered.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first,
                  let control = Self.control(for: character) else { return nil }
            self = control
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...63).contains(number) {
            self = .function(number)
            return
        }
        switch lowered {
        case "mouse1", "mouse2", "mouse3":
            self = .mouse(MouseEvent(x: 0, y: 0, kind: .press(Int(String(lowered.last!))!)))
        case "mouseup": self = .mouse(MouseEvent(x: 0, y: 0, kind: .release))
        case "wheelup": self = .mouse(MouseEvent(x: 0, y: 0, kind: .wheelUp))
        case "wheeldown": self = .mouse(MouseEvent(x: 0, y: 0, kind: .wheelDown))
        default: return nil
        }
    }

    /// The key that Ctrl plus `character` produces, mapped the way the terminal maps it
    /// (Ctrl-I is Tab, Ctrl-M is Enter), so a binding can never name a key that cannot arrive.
    private static func control(for character: Character) -> KeyEvent? {
        guard let ascii = character.asciiValue else { return nil }
        let upper = ascii >= 0x61 && ascii <= 0x7A ? ascii - 0x20 : ascii
        guard upper >= 0x40, upper <= 0x5F else { return nil }
        return KeyDecoder.decodeCharacter(UInt32(upper - 0x40))
    }

    /// Whether two events are the same binding: equal, or mouse events of the same kind at
    /// any position.
    public func matchesBinding(_ other: KeyEvent) -> Bool {
        if case let .mouse(a) = self, case let .mouse(b) = other { return a.kind == b.kind }
        return self == other
    }
}
