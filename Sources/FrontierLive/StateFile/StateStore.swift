import Foundation
import FrontierCore
import SystemBackend

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
        XDGDirectory.frontier("XDG_STATE_HOME", fallback: ".local/state", environment: environment).map { $0 + "/state.json" }
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
        do {
            try AtomicFile.write(Array(data), to: path, permissions: 0o600, syncDirectory: true)
        } catch {
            throw .system(operation: error.operation, path: error.path, reason: error.reason)
        }
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
}
