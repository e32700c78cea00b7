import Foundation

/// Writes rows as CSV per RFC 4180: CRLF line ends, and fields that hold a comma, a quote or a
/// line break in double quotes with their quotes doubled.
///
/// The fields come from data nobody here wrote, and CSV is read by people at a terminal and by
/// spreadsheets, so two things are neutralised while every other character is kept:
/// - Controls: C0 controls other than tab and line feed, and DEL, become their Unicode control
///   pictures (ESC → `␛`, CR → `␍`, BEL → `␇`, BS → `␈`); C1 controls (U+0080–U+009F) and bidi
///   marks, overrides and isolates become U+FFFD. No escape sequence reaches a terminal and the
///   text cannot be made to read differently, yet the cell still shows that something was there.
/// - Formulas: a field that starts with `=`, `+`, `-`, `@`, a tab or a CR, and is not a plain
///   number (`-0.5`, `+3`), gets a leading `'`, as OWASP recommends against CSV injection, so a
///   spreadsheet shows it as text instead of running it.
public enum CSVWriter {
    /// A header line and one line per row, each ending in CRLF.
    public static func document(header: [String], rows: [[String]]) -> String {
        var output = line(header)
        for row in rows { output += line(row) }
        return output
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ raw: String) -> String {
        let text = guardingFormula(neutralisingControls(raw))
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func neutralisingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsNeutralising) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A:
                output.append(scalar)
            case 0x00...0x1F:
                output.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                output.append("\u{2421}")
            default:
                output.append(needsNeutralising(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(output)
    }

    private static func needsNeutralising(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || JSONWriter.isEscapedControl(value)
    }

    static func guardingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        if (first == "-" || first == "+"), Double(text) != nil, text.allSatisfy({ "+-0123456789.eE".contains($0) }) { return text }
        return "'" + text
    }
}
