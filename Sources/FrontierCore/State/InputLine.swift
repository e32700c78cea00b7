/// A one-line text editor: the filter line (`/`) and the command line (`:`).
///
/// Keys arrive by the backend's names; printable keys insert themselves, the rest edit. The
/// cursor counts characters, so a wide glyph moves as one.
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
    public mutating func handle(_ key: String) -> Outcome {
        switch key {
        case "Backspace", "C-h":
            if cursor > 0 { remove(at: cursor - 1); cursor -= 1 }
        case "Del", "C-d":
            if cursor < text.count { remove(at: cursor) }
        case "Left", "C-b": cursor = max(0, cursor - 1)
        case "Right", "C-f": cursor = min(text.count, cursor + 1)
        case "Home", "C-a": cursor = 0
        case "End", "C-e": cursor = text.count
        case "C-u":
            text = String(text.dropFirst(cursor))
            cursor = 0
        case "C-w":
            let before = Array(text.prefix(cursor))
            var start = before.count
            while start > 0, before[start - 1] == " " { start -= 1 }
            while start > 0, before[start - 1] != " " { start -= 1 }
            text = String(before[..<start]) + String(text.dropFirst(cursor))
            cursor = start
        default:
            guard let character = InputLine.character(for: key) else { return .notHandled }
            guard text.count < InputLine.maximumLength else { return .full }
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
        }
        return .edited
    }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// The character a key name types, if it types one (`a`, `?`, `Space`).
    static func character(for key: String) -> Character? {
        if key == "Space" { return " " }
        guard key.count == 1, let character = key.first, !character.isNewline,
              character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
        return character
    }

    private mutating func remove(at offset: Int) {
        let index = text.index(text.startIndex, offsetBy: offset)
        text.remove(at: index)
    }
}
