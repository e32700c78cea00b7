import FrontierCore

/// Why the state could not be saved, with the path and the operating system's reason.
public enum StateStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed on `path`; `reason` is `strerror`'s text ("Permission denied").
    case system(operation: String, path: String, reason: String)
    /// The state could not be turned into JSON.
    case encoding(path: String, reason: String)
    /// The file on disk was written by a newer build; it is left as it is.
    case newerVersionOnDisk(path: String, version: Int, supported: Int)

    public var description: String {
        switch self {
        case let .system(operation, path, reason):
            return "frontier: could not save the state: cannot \(operation) \(path) (\(reason))"
        case let .encoding(path, reason):
            return "frontier: could not save the state to \(path): \(reason)"
        case let .newerVersionOnDisk(path, version, supported):
            return "frontier: did not save the state: \(path) is format version \(version), "
                + "newer than this frontier's \(supported), and was left as it is"
        }
    }
}
