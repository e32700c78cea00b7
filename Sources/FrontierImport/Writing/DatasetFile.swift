import Foundation
import FrontierCore
import SystemBackend

/// A dataset file that imports change in place, safely for the dashboards reading it.
///
/// Two imports at once would each read the file, change it and write it back, and the second
/// write would lose the first one's changes; a reader watching the file could see it half
/// written. So every update holds a lock for its whole read-change-write, writes a complete new
/// file beside the old and renames it over, and keeps the previous version as `PATH.bak`.
public enum DatasetFile {
    /// Under an exclusive lock (flock on PATH.lock), loads PATH (a missing file is an empty
    /// dataset), calls `change`, validates the result exactly as `frontier validate` does, and
    /// if the dataset changed: copies the previous file to PATH.bak and writes PATH atomically
    /// (temporary file, fsync, rename, fsync of the directory). Nothing is written when the
    /// result is invalid or unchanged.
    ///
    /// A symbolic link at PATH is followed, so the file it points to is the one replaced. The
    /// file keeps its permission bits; a new file gets 0644, since dashboards of other users on
    /// the same machine read it.
    ///
    /// A file above `limit` bytes (`--max-input-size`) is refused before it is read whole.
    public static func update(at path: String, waitingUpTo timeout: Duration = .seconds(30),
                              limit: Int = InputLimits.standard.fileBytes,
                              _ change: (Dataset) -> ImportOutcome) throws(DatasetFileError) -> ImportOutcome {
        let target = resolvingLink(path)
        return try FileLock.holding(target + ".lock", guarding: path, waitingUpTo: timeout) { () throws(DatasetFileError) in
            let previous = try existingBytes(target, limit: limit)
            let (outcome, bytes) = try prepare(previous, path: path, change)
            guard let bytes else { return outcome }
            let mode = permissions(of: target) ?? 0o644
            if let previous { try write(previous, to: target + ".bak", permissions: mode) }
            try write(bytes, to: target, permissions: mode)
            return outcome
        }
    }

    /// What `update` would do, checked the same way, without taking the lock or writing.
    public static func preview(at path: String, limit: Int = InputLimits.standard.fileBytes,
                               _ change: (Dataset) -> ImportOutcome) throws(DatasetFileError) -> ImportOutcome {
        try prepare(existingBytes(resolvingLink(path), limit: limit), path: path, change).outcome
    }

    /// Loads `previous` (nil: no file yet), applies `change`, and checks the result; the bytes
    /// to write, or nil when nothing changed.
    private static func prepare(_ previous: [UInt8]?, path: String, _ change: (Dataset) -> ImportOutcome)
        throws(DatasetFileError) -> (outcome: ImportOutcome, bytes: [UInt8]?) {
        var current = Dataset()
        if let previous {
            guard let document = try? JSONParser.parse(previous) else {
                // Not JSON: the loader words the syntax error as `frontier validate` does.
                throw .existingInvalid(DatasetLoader.load([(name: path, bytes: previous)]).diagnostics)
            }
            var merger = DatasetMerger()
            merger.merge(DatasetDecoder.decodeFile(name: path, document: document))
            let loaded = merger.result()
            guard loaded.isValid else { throw .existingInvalid(loaded.diagnostics) }
            current = loaded.dataset
            // The file is written again whole from what was loaded: keys this build does not
            // know would be lost, so their presence stops the import instead.
            let unknown = UnknownFields.find(in: document.root, file: path)
            guard unknown.isEmpty else { throw .unknownFields(unknown) }
        }
        let outcome = change(current)
        guard outcome.dataset != current else { return (outcome, nil) }
        let bytes = Array(DatasetEncoder.encode(outcome.dataset).utf8)
        // The bytes about to be written are what `frontier validate` will read, so they are what is checked.
        let check = DatasetLoader.load([(name: path, bytes: bytes)])
        guard check.isValid else { throw .resultInvalid(check.diagnostics) }
        return (outcome, bytes)
    }

    /// The file's bytes, or nil when there is no file yet.
    private static func existingBytes(_ path: String, limit: Int) throws(DatasetFileError) -> [UInt8]? {
        var status = stat()
        if stat(path, &status) != 0 {
            let reason = errno
            if reason == ENOENT { return nil }
            throw .io("cannot read \(path): \(String(cString: strerror(reason)))")
        }
        do {
            return try FileContents.read(path: path, limit: limit)
        } catch {
            throw .io("cannot read \(path): \(error.reason)")
        }
    }

    private static func write(_ bytes: [UInt8], to path: String, permissions: mode_t) throws(DatasetFileError) {
        do {
            try AtomicFile.write(bytes, to: path, permissions: permissions, syncDirectory: true)
        } catch {
            throw .io("cannot \(error.operation) \(error.path): \(error.reason)")
        }
    }

    private static func permissions(of path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }

    /// Where a chain of symbolic links at `path` leads, even to a file not created yet; `path`
    /// itself when it is not a link.
    private static func resolvingLink(_ path: String) -> String {
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
