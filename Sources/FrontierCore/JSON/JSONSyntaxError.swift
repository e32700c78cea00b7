/// Why a document is not JSON, and where the parser gave up.
///
/// Only the first syntax error is reported: after it the parser cannot know what the author
/// meant, so anything it said about the rest would be guesswork.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: JSONPosition

    public init(_ message: String, at position: JSONPosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }
}
