/// A problem in a theme file, located by file, line, column and key.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The key at fault (`colors.border`), or "" for the whole file.
    public var key: String
    public var message: String

    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = "\(file):\(line):\(column)"
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}
