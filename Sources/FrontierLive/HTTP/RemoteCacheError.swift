import FrontierCore

/// Why a fetched body could not be kept in the cache, with the path and the system's reason.
///
/// Never fatal: the body on screen is unaffected, only the offline copy is older than it.
public enum RemoteCacheError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed on `path`; `reason` is `strerror`'s text ("No space left on device").
    case system(operation: String, path: String, reason: String)

    public var description: String {
        switch self {
        case let .system(operation, path, reason):
            return "frontier: could not cache the fetched copy: cannot \(operation) \(path) (\(reason))"
        }
    }
}
