/// Why a key file (the host key, the authorized keys) could not be used: its path and what
/// was wrong.
public struct KeyFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
