import FrontierCore

/// Why an import left a dataset file as it was.
public enum DatasetFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file on disk does not load; nothing changed. Fix it (see the problems) and import again.
    case existingInvalid([Diagnostic])
    /// The file has keys this build does not know, which writing it again would drop; nothing changed.
    case unknownFields([Diagnostic])
    /// The import would make the file invalid; nothing changed.
    case resultInvalid([Diagnostic])
    /// Another import held the lock past the timeout.
    case locked(path: String)
    /// A system call failed: the operation, the path and the system's reason.
    case io(String)

    public var description: String {
        switch self {
        case .existingInvalid(let problems):
            return Self.listing("the dataset does not load, so nothing was imported", problems)
        case .unknownFields(let fields):
            return Self.listing("the dataset has fields this version of frontier does not know; importing would rewrite the file without them, so nothing was imported (move them out, or import into another file)", fields)
        case .resultInvalid(let problems):
            return Self.listing("the import would make the dataset invalid, so nothing was changed", problems)
        case .locked(let path):
            return "\(path) is locked by another import; try again when it has finished"
        case .io(let message):
            return message
        }
    }

    private static func listing(_ headline: String, _ problems: [Diagnostic]) -> String {
        ([headline + ":"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
