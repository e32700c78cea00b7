import TerminalKeys

/// A one-line text editor: the filter line (`/`) and the command line (`:`).
///
/// Printable keys insert themselves (a paste arrives as one key per character), the rest edit.
/// The cursor counts characters, so a wide glyph moves as one.
public struct InputLine: Hashable, Sendable {
    /// The longest line, in characters: a paste stops there. The filter line parses its whole
    /// text on every key, so an unbounded paste (12,000 `(`) cost minutes of re-parsing.
    public static let maximumLength = Query.maximumLength

    public private(set) var text: String
    /// The cursor, in characters from the start (0...text.count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// What a key did to the line.
    public enum Outcome: Hashable, Sendable {
        /// The text or cursor changed (or the key was an editing key that had nothing to do).
        case edited
        /// The key is not an editing key; the caller decides (Enter, Esc, Up, Down, Tab).
        case notHandled
        /// A character that did not fit: the line is at `maximumLength`, and nothing changed.
        case full
    }

    /// Applies one key: characters insert, Backspace/Del/Left/Right/Home/End/C-a/C-e/C-u/C-w edit.
    /// (Ctrl-H arrives as Backspace: the terminal sends the same byte.)
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .backspace:
            if cursor > 0 { remove(at: cursor - 1); cursor -= 1 }
        case .delete, .control("d"):
            if cursor < text.count { remove(at: cursor) }
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .control("w"):
            let before = Array(text.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            text = String(before[..<start]) + String(text.dropFirst(cursor))
            cursor = start
        case let .character(character):
            guard InputLine.types(character) else { return .notHandled }
            guard text.count < InputLine.maximumLength else { return .full }
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
        default:
            return .notHandled
        }
        return .edited
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Whether a character key types into the line: not a newline or another control
    /// character, which a line has no place for (the decoder sends those as other keys anyway).
    static func types(_ character: Character) -> Bool {
        !character.isNewline && character.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }

    private mutating func remove(at offset: Int) {
        let index = text.index(text.startIndex, offsetBy: offset)
        text.remove(at: index)
    }
}
