import FrontierCore

/// Why bytes are not XML the reader can recover, and where it gave up.
///
/// Like the JSON parser, only the first error is reported: what follows a break in the markup
/// cannot be read with any confidence.
struct XMLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    var message: String
    /// 1-based line.
    var line: Int
    /// 1-based column counted in Unicode scalars from the start of the line.
    var column: Int

    init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column): \(message)" }
}
