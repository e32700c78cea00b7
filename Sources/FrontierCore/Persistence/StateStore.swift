import Foundation

/// Reads and writes the state file (`$XDG_STATE_HOME/frontier/state.json`).
///
/// Nothing here is fatal to the dashboard: a file that cannot be used is moved aside with a
/// one-line notice and the run starts clean, and a failed save is a typed error the runtime
/// can report after the terminal is restored. Saving is atomic, so a crash or a power cut
/// leaves either the old file or the new one, never half of each.
public struct StateStore: Sendable {
    public let path: String
    /// The clock for naming a set-aside file; tests pass a fixed one.
    private let now: @Sendable () -> Date

    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) {
        self.path = path
        self.now = now
    }

    /// Where the state lives by the XDG base directory rules, or nil when the environment
    /// names no usable directory.
    ///
    /// `XDG_STATE_HOME` counts only when absolute (the spec says relative values are invalid
    /// and must be ignored); otherwise `$HOME/.local/state`, with `HOME` absolute too.
    public static func defaultPath(environment: [String: String]) -> String? {
        let base: String
        if let stateHome = environment["XDG_STATE_HOME"], stateHome.hasPrefix("/") {
            base = stateHome
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = withoutTrailingSlashes(home) + "/.local/state"
        } else {
            return nil
        }
        return withoutTrailingSlashes(base) + "/frontier/state.json"
    }

    /// The saved state, or a clean one with a notice saying why the file was not used.
    ///
    /// A missing file is a first run: clean state, no notice. An unreadable or corrupt file is
    /// renamed to `state.json.corrupt-<UTC time>` so nothing the user had is lost. A file from
    /// a newer build is left in place (and `save` will not replace it).
    public func load() -> (state: PersistedState, notice: String?) {
        var status = stat()
        if lstat(path, &status) != 0, errno == ENOENT {
            return (PersistedState(), nil)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileContents.read(path: path)
        } catch {
            return setAside(because: "could not be read (\(error.reason))")
        }
        switch StateFileContents(bytes) {
        case let .state(state):
            return (state, nil)
        case let .corrupt(reason):
            return setAside(because: reason)
        case let .newer(version):
            return (PersistedState(), "frontier: state file \(path) is format version \(version), newer than this "
                + "frontier reads (\(PersistedState.currentVersion)); left it as it is and started clean without saving")
        }
    }

    /// Writes the state atomically: a temporary file in the same directory, flushed to disk,
    /// renamed over the old file, then the directory flushed so the rename itself survives a
    /// crash. Missing directories are created private (0700), the file private (0600).
    ///
    /// Refuses to replace a file written by a newer build, which this one could not read.
    public func save(_ state: PersistedState) throws(StateStoreError) {
        if let existing = try? FileContents.read(path: path), case let .newer(version) = StateFileContents(existing) {
            throw .newerVersionOnDisk(path: path, version: version, supported: PersistedState.currentVersion)
        }
        let data: Data
        do {
            data = try state.encodedJSON()
        } catch {
            throw .encoding(path: path, reason: "\(error)")
        }
        let directory = Self.directory(of: path)
        try Self.createDirectories(directory)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        var replaced = false
        defer { if !replaced { unlink(temporary) } }
        try Self.writeDurably(data, to: temporary)
        guard rename(temporary, path) == 0 else { throw Self.systemError("replace", path) }
        replaced = true
        try Self.syncDirectory(directory)
    }

    // MARK: Loading

    /// Moves the unusable file out of the way and starts clean, saying where it went.
    private func setAside(because reason: String) -> (state: PersistedState, notice: String?) {
        let opening = "frontier: state file \(path) \(reason); "
        switch moveAside() {
        case let .moved(destination):
            return (PersistedState(), opening + "moved it to \(destination) and started clean")
        case let .stayed(reason):
            return (PersistedState(), opening + "could not move it aside (\(reason)); started clean")
        }
    }

    private enum MoveAside {
        case moved(to: String)
        case stayed(reason: String)
    }

    /// Renames the file to the first free `<path>.corrupt-<UTC time>[-N]`; never replaces one.
    private func moveAside() -> MoveAside {
        let stamp = now().formatted(Date.ISO8601FormatStyle(
            dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted, timeZone: .gmt))
        for attempt in 1...100 {
            let candidate = "\(path).corrupt-\(stamp)" + (attempt == 1 ? "" : "-\(attempt)")
            var status = stat()
            if lstat(candidate, &status) == 0 { continue }
            guard rename(path, candidate) == 0 else { return .stayed(reason: String(cString: strerror(errno))) }
            return .moved(to: candidate)
        }
        return .stayed(reason: "every name up to \(path).corrupt-\(stamp)-100 is taken")
    }

    // MARK: Saving

    private static func createDirectories(_ directory: String) throws(StateStoreError) {
        var current = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) == 0 {
                // The umask may have taken bits away; the state is the user's alone either way.
                chmod(current, 0o700)
                continue
            }
            // mkdir on an existing directory can fail for reasons other than EEXIST (a
            // read-only parent), so what is there decides, not the error.
            let failure = errno
            var status = stat()
            guard stat(current, &status) == 0 else {
                throw .system(operation: "create directory", path: current, reason: String(cString: strerror(failure)))
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw .system(operation: "create directory", path: current, reason: String(cString: strerror(ENOTDIR)))
            }
        }
    }

    private static func writeDurably(_ data: Data, to path: String) throws(StateStoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw systemError("create", path) }
        var needsClose = true
        defer { if needsClose { close(descriptor) } }
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError("write", path)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw systemError("sync", path) }
        needsClose = false
        guard close(descriptor) == 0 else { throw systemError("close", path) }
    }

    private static func syncDirectory(_ directory: String) throws(StateStoreError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw systemError("open directory", directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw systemError("sync directory", directory) }
    }

    /// The error for the system call that just failed; reads `errno`, so call it first.
    private static func systemError(_ operation: String, _ path: String) -> StateStoreError {
        .system(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }

    // MARK: Paths

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
