@testable import FrontierCore
import TerminalKeys

/// Sends keys to `reduce` one by one, as a user types them.
func type(_ keys: [Key], on state: inout AppState) {
    for key in keys { _ = reduce(&state, .keyPressed(key)) }
}

/// The keys that type `text`.
func letters(_ text: String) -> [Key] {
    text.map(Key.character)
}
