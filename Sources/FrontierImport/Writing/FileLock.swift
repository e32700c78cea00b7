import Foundation
import FrontierCore

/// An exclusive `flock` on a lock file, held while a closure runs.
///
/// The lock is on a separate file next to the data (`PATH.lock`) because the data file itself is
/// replaced by rename on every write: a lock on the old inode would not exclude a writer that
/// opened the new one. The lock file is never deleted, for the same reason.
enum FileLock {
    /// Runs `body` holding the lock on `path`, created if missing; waits up to `timeout` for it,
    /// polling, so a stuck import cannot block another forever. A timeout names `guarded`, the
    /// file the user asked for, not the lock file.
    static func holding<Result>(_ path: String, guarding guarded: String, waitingUpTo timeout: Duration,
                                _ body: () throws(DatasetFileError) -> Result) throws(DatasetFileError) -> Result {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("cannot open lock file \(path): \(String(cString: strerror(errno)))") }
        // Closing the descriptor releases the lock.
        defer { close(descriptor) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EINTR { continue }
            guard reason == EWOULDBLOCK else { throw .io("cannot lock \(path): \(String(cString: strerror(reason)))") }
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { throw .locked(path: guarded) }
            let (seconds, attoseconds) = min(remaining, .milliseconds(10)).components
            usleep(useconds_t(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
        }
        return try body()
    }
}
