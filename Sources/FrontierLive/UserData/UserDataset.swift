import Foundation
import FrontierCore
import SystemBackend

/// The user's own dataset, `$XDG_DATA_HOME/frontier/dataset.json` (by default
/// `~/.local/share/frontier/dataset.json`).
///
/// `frontier update`, and `frontier ingest` with a config that names no dataset, write it as a
/// layer over the embedded data: only the records that are new or differ. Every command that
/// shows data without `--data` reads the embedded dataset, then this file and its journal.
public enum UserDataset {
    /// Where it is; nil when neither `XDG_DATA_HOME` nor `HOME` is an absolute path.
    public static func path(environment: [String: String]) -> String? {
        XDGDirectory.frontier("XDG_DATA_HOME", fallback: ".local/share", environment: environment).map { $0 + "/dataset.json" }
    }

    /// When it last changed: the later of the file's and its journal's modification times;
    /// nil when there is no file.
    public static func updated(at path: String) -> Date? {
        guard let dataset = modified(path) else { return nil }
        return max(dataset, modified(JournalFile.path(forDataset: path)) ?? dataset)
    }

    private static func modified(_ path: String) -> Date? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec) + TimeInterval(status.st_mtim.tv_nsec) / 1e9)
    }
}
