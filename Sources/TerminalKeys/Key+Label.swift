extension Key {
    /// How the help overlay, the footer and the README write the key: a character is itself
    /// (`j`, `?`, `G`) except space, which is `Space`; Ctrl keys are `C-d`; the rest are `Enter`,
    /// `Esc`, `Tab`, `S-Tab`, `Backspace`, `Del`, `Ins`, `Up`, `Down`, `Left`, `Right`, `Home`,
    /// `End`, `PgUp`, `PgDn` and `F1`....
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case let .character(character): return String(character)
        case let .control(character): return "C-" + String(character)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case let .function(number): return "F\(number)"
        }
    }
}
