/// One problem found in an input file, located precisely enough to fix it without searching.
///
/// Printed as `FILE:LINE:COLUMN: JSON.PATH: message`, the form editors and CI logs link to.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file (unreadable, empty).
    public var line: Int
    /// 1-based column in characters; 0 when the problem concerns the whole file.
    public var column: Int
    /// The JSON path of the offending value (`models[3].released`), or "" at the top level.
    public var path: String
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// The most characters of an input value (a key, an id, a number literal) a message quotes:
    /// enough to recognise it, while a 10 MB value cannot turn one message into 10 MB.
    public static let quotedLimit = 200

    public var description: String {
        let place = "\(file):\(line):\(column)"
        return path.isEmpty ? "\(place): \(message)" : "\(place): \(path): \(message)"
    }
}
