import Foundation

/// One event of the server, as fields: `event=auth conn=3 remote=10.0.0.5:51234 result=accepted`.
///
/// Structured, not text: the program that runs the server writes it in its own log format
/// (`frontier serve` writes logfmt lines on stderr).
public struct LogLine: Sendable {
    public let time: Date
    public let event: String
    public private(set) var fields: [(key: String, value: String)] = []

    public init(_ event: String, at time: Date = Date()) {
        self.event = event
        self.time = time
    }

    /// This line with `key=value` added; a nil value adds nothing.
    public func with(_ key: String, _ value: String?) -> LogLine {
        guard let value else { return self }
        var copy = self
        copy.fields.append((key, value))
        return copy
    }

    /// The value of a field, if the line has it.
    public func value(_ key: String) -> String? {
        fields.first { $0.key == key }?.value
    }
}
