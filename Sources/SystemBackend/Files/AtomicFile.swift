import Foundation

/// Replaces a file's contents all at once: readers see the old file or the new, never part of each.
///
/// The bytes go to a temporary file in the same directory (rename is atomic only within one
/// file system), are flushed to disk so a power cut cannot leave an empty file under the
/// final name, and are then renamed over the old file.
public enum AtomicFile {
    /// Why a write failed: the system call, the path, and `strerror`'s reason.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var operation: String
        public var path: String
        public var reason: String

        public init(operation: String, path: String, reason: String) {
            self.operation = operation
            self.path = path
            self.reason = reason
        }

        /// `cannot rename /x/.y.tmp to /x/y (No space left on device)`.
        public var description: String { "cannot \(operation) \(path) (\(reason))" }
    }

    /// Writes `bytes` to `path` atomically with exactly `permissions` (the umask does not apply),
    /// creating missing directories as 0700.
    ///
    /// `syncDirectory` also flushes the directory entry, so the rename itself survives a power
    /// cut: worth it for the user's state, not for a cache that can be fetched again.
    public static func write(_ bytes: [UInt8], to path: String, permissions: mode_t = 0o600,
                      syncDirectory: Bool = false) throws(Failure) {
        let directory = Self.directory(of: path)
        try createDirectories(directory)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        var replaced = false
        defer { if !replaced { unlink(temporary) } }
        try writeDurably(bytes, to: temporary, permissions: permissions)
        guard rename(temporary, path) == 0 else { throw failure("replace", path) }
        replaced = true
        if syncDirectory {
            let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("open directory", directory) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw failure("sync directory", directory) }
        }
    }

    private static func createDirectories(_ directory: String) throws(Failure) {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) == 0 { continue }
            // What is there decides, not mkdir's error: a read-only parent reports EROFS even
            // when the directory already exists.
            let reason = errno
            var status = stat()
            guard stat(current, &status) == 0 else {
                throw Failure(operation: "create directory", path: current, reason: String(cString: strerror(reason)))
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(operation: "create directory", path: current, reason: String(cString: strerror(ENOTDIR)))
            }
        }
    }

    private static func writeDurably(_ bytes: [UInt8], to path: String, permissions: mode_t) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure("create", path) }
        var needsClose = true
        defer { if needsClose { close(descriptor) } }
        // open() applies the umask; a file replacing another must keep the mode it had exactly.
        // A file system without Unix modes refuses, and then there is no mode to keep.
        _ = fchmod(descriptor, permissions)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure("sync", path) }
        needsClose = false
        guard close(descriptor) == 0 else { throw failure("close", path) }
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The failure for the system call that just failed; reads `errno`, so call it first.
    private static func failure(_ operation: String, _ path: String) -> Failure {
        Failure(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
