#if canImport(Glibc)
import Glibc
#endif

/// Why files could not be watched, worded for the person who named them.
public enum FileWatchError: Error, Equatable, CustomStringConvertible {
    /// The kernel refused a new inotify instance (`errno` says why, usually a per-user limit).
    case cannotStart(errno: Int32)
    /// The directory holding `path` could not be watched.
    case cannotWatch(directory: String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case let .cannotStart(code):
            let hint = code == EMFILE
                ? " Too many programs are watching files; raise fs.inotify.max_user_instances (sysctl) or close some."
                : ""
            return "cannot watch files for changes: \(Self.reason(code)).\(hint)"
        case let .cannotWatch(directory, path, code):
            let hint: String
            switch code {
            case ENOSPC: hint = " The limit of watched directories is reached; raise fs.inotify.max_user_watches (sysctl)."
            case ENOENT, ENOTDIR: hint = " Check that the directory exists."
            case EACCES: hint = " Check that you may read the directory."
            default: hint = ""
            }
            return "cannot watch \(path) for changes: its directory \(directory) gives \"\(Self.reason(code))\".\(hint)"
        }
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
