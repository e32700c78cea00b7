import FrontierCore
import NcursesBackend

extension Key {
    /// The key a terminal event is, or nil for the mouse and a resize, which reach `reduce` as
    /// other actions.
    ///
    /// The backend decodes without knowing the core, so the two enums meet here; the runtime
    /// tests check that every key the binding table names survives the trip from the decoder.
    init?(_ event: KeyEvent) {
        switch event {
        case let .character(character): self = .character(character)
        case let .control(character): self = .control(character)
        case .enter: self = .enter
        case .escape: self = .escape
        case .tab: self = .tab
        case .backTab: self = .backTab
        case .backspace: self = .backspace
        case .delete: self = .delete
        case .insert: self = .insert
        case .up: self = .up
        case .down: self = .down
        case .left: self = .left
        case .right: self = .right
        case .home: self = .home
        case .end: self = .end
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case let .function(number): self = .function(number)
        case .mouse, .resize: return nil
        }
    }
}
