#if canImport(Glibc)
import Glibc
#endif

/// Tells which watched files changed, waking the event loop only when one did.
///
/// It watches each file's directory rather than the file: editors save by writing a new file
/// and renaming it over the old one, which would silently end a watch on the file itself.
/// Events in a directory are matched by name, so changes to other files there are not
/// reported. A file reached through a symbolic link is also watched in its target's
/// directory, so saving the target is seen.
///
/// There is no timer: `fileDescriptor` becomes readable only when the kernel has events, and
/// the runtime passes it to `EventLoop.next(deadline:watching:)`. Use it on one thread.
public final class FileWatcher {
    /// The inotify descriptor to wait on; -1 after `close()`.
    public private(set) var fileDescriptor: Int32

    /// Per watch descriptor: file names in that directory, and the paths they were watched as.
    private var watched: [Int32: [[UInt8]: Set<String>]] = [:]
    /// Per watch descriptor of a parent directory: names of watched directories in it, and the
    /// paths watched in them. A directory removed and made again, or a symbolic link to a
    /// directory swapped for another (a release-style deploy), is watched again from here.
    private var parents: [Int32: [[UInt8]: Set<String>]] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// A write, a close after writing, a rename onto or away from the name, a creation or a
    /// deletion: every way a file's contents can change or be replaced.
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MODIFY)

    /// Starts watching the directories of `paths`; each directory is watched once.
    ///
    /// The files need not exist yet, but their directories must.
    public init(paths: [String]) throws(FileWatchError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .cannotStart(errno: errno) }
        fileDescriptor = descriptor
        for path in paths {
            do throws(FileWatchError) {
                try watch(path, as: path)
                if let target = Self.resolvedPath(path), target != path { try watch(target, as: path) }
            } catch {
                close()
                throw error
            }
        }
    }

    deinit {
        close()
    }

    /// The number of directories watched; paths in one directory share a watch.
    var watchedDirectoryCount: Int { watched.count }

    /// Reads every pending event and returns the watched paths they concern.
    ///
    /// Returns an empty set when the events were all about other files in the same
    /// directories. If the kernel's queue overflowed, or a watched directory went away, every
    /// path that may have changed is returned, so a reload is never missed.
    public func readChanges() -> Set<String> {
        var changed: Set<String> = []
        guard fileDescriptor >= 0 else { return changed }
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            changed.formUnion(paths(inEvents: count))
        }
        return changed
    }

    /// Stops watching and releases the descriptor; further reads return nothing.
    public func close() {
        guard fileDescriptor >= 0 else { return }
        _ = Glibc.close(fileDescriptor)
        fileDescriptor = -1
        watched = [:]
        parents = [:]
    }

    private func watch(_ path: String, as watchedPath: String) throws(FileWatchError) {
        let (directory, name) = Self.split(path)
        let descriptor = inotify_add_watch(fileDescriptor, directory, Self.mask)
        guard descriptor >= 0 else { throw .cannotWatch(directory: directory, path: watchedPath, errno: errno) }
        // The kernel returns the same descriptor for a directory named twice ("." and its full
        // path), which is what removes the duplicates.
        watched[descriptor, default: [:]][Array(name.utf8), default: []].insert(watchedPath)
        // The parent, to notice the directory itself coming back or being swapped. Best effort:
        // a parent that cannot be watched only loses that recovery.
        guard directory != "/" else { return }
        let (parent, directoryName) = Self.split(directory == "." ? "./" + directory : directory)
        guard directoryName != ".", directoryName != "..", parent != directory else { return }
        let parentDescriptor = inotify_add_watch(fileDescriptor, parent, Self.mask)
        if parentDescriptor >= 0 {
            parents[parentDescriptor, default: [:]][Array(directoryName.utf8), default: []].insert(watchedPath)
        }
    }

    /// Watches again a path whose directory came back or was swapped; it is then reported.
    private func rewatch(_ path: String) {
        try? watch(path, as: path)
        if let target = Self.resolvedPath(path), target != path { try? watch(target, as: path) }
    }

    /// The paths named by the events in the first `count` bytes of the buffer.
    private func paths(inEvents count: Int) -> Set<String> {
        var changed: Set<String> = []
        buffer.withUnsafeBytes { bytes in
            let headerSize = MemoryLayout<inotify_event>.size
            var offset = 0
            while offset + headerSize <= count {
                let descriptor = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let nameLength = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = bytes[(offset + headerSize)..<min(offset + headerSize + nameLength, count)]
                offset += headerSize + nameLength
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost; any file may have changed.
                    for names in watched.values { for paths in names.values { changed.formUnion(paths) } }
                    continue
                }
                let name = Array(nameBytes.prefix { $0 != 0 })
                if mask & UInt32(IN_IGNORED) == 0, let paths = parents[descriptor]?[name] {
                    // A watched directory's name changed in its parent: watch what is there now.
                    for path in paths { rewatch(path) }
                    changed.formUnion(paths)
                }
                guard let names = watched[descriptor] else {
                    if mask & UInt32(IN_IGNORED) != 0 { parents[descriptor] = nil }
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    // The directory itself is gone (deleted, unmounted), and its watch with it.
                    for paths in names.values { changed.formUnion(paths) }
                    watched[descriptor] = nil
                    parents[descriptor] = nil
                    continue
                }
                if let paths = names[name] { changed.formUnion(paths) }
            }
        }
        return changed
    }

    /// The directory to watch and the name to match, for a path as the user gave it.
    static func split(_ path: String) -> (directory: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let directory = trimmed[..<slash]
        return (directory.isEmpty ? "/" : String(directory), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// Where a symbolic link finally leads, or nil when the path does not exist yet.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
