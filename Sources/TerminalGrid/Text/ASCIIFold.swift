import Foundation // decomposedStringWithCanonicalMapping, for accented letters.

/// One ASCII character for any grapheme, for terminals that can show nothing else.
///
/// Applied to a whole frame cell by cell, so a frame keeps its exact layout: every glyph
/// becomes one ASCII character in each cell it took, never a blank where text should be.
public enum ASCIIFold {
    /// The ASCII character that stands for `symbol`.
    public static func character(for symbol: String) -> Character {
        guard let scalar = symbol.unicodeScalars.first else { return " " }
        if scalar.isASCII { return Character(scalar) }
        if let mapped = punctuation[scalar] { return mapped }
        switch scalar.value {
        case 0x2500...0x257F: return boxDrawing(scalar)
        case 0x2591, 0x2592: return "-"
        case 0x2580...0x259F: return "#"
        case 0x2800: return " "
        case 0x2801...0x28FF: return "*"
        default: break
        }
        // é → e, Å → A: the base letter of a canonical decomposition.
        if let base = symbol.decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII {
            return Character(base)
        }
        return "?"
    }

    static let punctuation: [Unicode.Scalar: Character] = [
        "·": ".", "•": "*", "–": "-", "—": "-", "−": "-", "…": ".", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "×": "x", "≈": "~", "≤": "<", "≥": ">", "‘": "'", "’": "'", "“": "\"", "”": "\"", "„": "\"", "‚": "'", "«": "\"", "»": "\"", "‹": "'", "›": "'", "▲": "^", "▼": "v",
        "✓": "x", "°": "o", "€": "E", "£": "L", "¥": "Y", "\u{00A0}": " ",
    ]

    /// Lines that run across become `-`, lines that run down `|`, and joints `+`.
    static func boxDrawing(_ scalar: Unicode.Scalar) -> Character {
        switch scalar {
        case "─", "━", "┄", "┅", "┈", "┉", "═", "╌", "╍", "╴", "╶", "╸", "╺": return "-"
        case "│", "┃", "┆", "┇", "┊", "┋", "║", "╎", "╏", "╵", "╷", "╹", "╻": return "|"
        default: return "+"
        }
    }
}

extension Grid {
    /// Replaces every non-ASCII glyph with an ASCII stand-in; a wide glyph becomes two.
    public mutating func foldToASCII() {
        updateCells { cell in
            if cell.isContinuation {
                // The right half of a wide glyph: now a cell of its own.
                cell.symbol = "?"
            } else if !cell.symbol.unicodeScalars.allSatisfy(\.isASCII) {
                cell.symbol = String(ASCIIFold.character(for: cell.symbol))
            }
        }
    }
}
