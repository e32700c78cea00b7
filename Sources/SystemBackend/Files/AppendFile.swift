import Foundation

/// Adds bytes at the end of a file that readers follow as it grows, such as a journal.
///
/// Readers never see bytes move: existing bytes are never rewritten, only added to. A torn
/// tail (a last line a crash cut short) is cut first, so what is added starts where the last
/// complete write ended.
public enum AppendFile {
    /// Cuts the file at `path` to `length` bytes when it is longer, writes `bytes` after them
    /// and flushes them to disk; a write or flush that fails cuts the file back to `length`, so
    /// the bytes land whole or not at all (short of a crash in the middle). A missing file is created with exactly `permissions`, and
    /// its directory entry is flushed too.
    public static func append(_ bytes: [UInt8], to path: String, after length: Int,
                              permissions: mode_t) throws(AtomicFile.Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("stat", path) }
        let created = status.st_size == 0 && length == 0
        if created { _ = fchmod(descriptor, permissions) }
        if Int(status.st_size) > length {
            guard ftruncate(descriptor, off_t(length)) == 0 else { throw failure("truncate", path) }
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(length + written))
            }
            if count < 0 {
                if errno == EINTR { continue }
                let problem = failure("write", path)
                // All or nothing: lines already written would be read without the rest.
                _ = ftruncate(descriptor, off_t(length))
                throw problem
            }
            written += count
        }
        guard fsync(descriptor) == 0 else {
            let problem = failure("sync", path)
            _ = ftruncate(descriptor, off_t(length))
            throw problem
        }
        if created {
            let directory = AtomicFile.directory(of: path)
            let handle = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if handle >= 0 {
                _ = fsync(handle)
                close(handle)
            }
        }
    }

    /// The failure for the system call that just failed; reads `errno`, so call it first.
    private static func failure(_ operation: String, _ path: String) -> AtomicFile.Failure {
        AtomicFile.Failure(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
