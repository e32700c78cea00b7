import Foundation

/// Symbolic links, followed the way a writer that replaces a file by rename must follow them.
public enum FileLink {
    /// Where a chain of symbolic links at `path` leads, even to a file not created yet; `path`
    /// itself when it is not a link.
    public static func target(of path: String) -> String {
        var current = path
        // The kernel's own limit on links followed in one lookup.
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : AtomicFile.directory(of: current) + "/" + target
        }
        return current
    }
}
