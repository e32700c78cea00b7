import Foundation

/// Writes rows as CSV per RFC 4180: CRLF line ends, and fields that hold a comma, a quote, a
/// CR or an LF in double quotes with their quotes doubled.
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

    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
