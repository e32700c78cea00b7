import Foundation
import FrontierCore
import FrontierLive
import SystemBackend

/// A dataset file that imports change in place, safely for the dashboards reading it.
///
/// Two imports at once would each read the file, change it and write it back, and the second
/// write would lose the first one's changes; a reader watching the file could see it half
/// written. So every update holds a lock for its whole read-change-write.
///
/// What is written is the size of the change when it can be: news and the sources they cite
/// are appended to the dataset's journal (`Journal`), and the dataset itself is written again
/// only when its catalogue (models, prices, organizations, benchmarks, training) changes, or
/// when the journal has grown past `Journal.wantsCompaction`. A whole write goes to a complete
/// new file beside the old, renamed over it, and keeps the previous version as `PATH.bak`.
public enum DatasetFile {
    /// What an update wrote.
    public enum Written: Hashable, Sendable {
        /// Nothing changed, so nothing was written.
        case nothing
        /// Lines were appended to the journal at `path`.
        case journal(path: String, bytes: Int)
        /// The dataset was written whole; `compacted` journal lines went into it.
        case dataset(bytes: Int, compacted: Int)

        /// Bytes written to the dataset and its journal.
        public var bytes: Int {
            switch self {
            case .nothing: return 0
            case let .journal(_, bytes), let .dataset(bytes, _): return bytes
            }
        }
    }

    /// Under an exclusive lock (flock on PATH.lock), loads PATH (a missing file is an empty
    /// dataset) and its journal, calls `change`, validates the result exactly as `frontier
    /// validate` does, and if the dataset changed writes it: new and changed news and their
    /// sources appended to the journal, anything else by writing the whole file atomically
    /// (temporary file, fsync, rename, fsync of the directory) after copying the previous one
    /// to PATH.bak. Nothing is written when the result is invalid or unchanged.
    ///
    /// A symbolic link at PATH is followed, so the file it points to is the one replaced. The
    /// file keeps its permission bits; a new file gets 0644, since dashboards of other users on
    /// the same machine read it. Its journal gets the same.
    ///
    /// A file above `limit` bytes (`--max-input-size`) is refused before it is read whole.
    ///
    /// Over a `base`, `change` is given the base with the file merged on top, the result is
    /// validated the same way, and the file keeps only what differs from the base.
    public static func update(at path: String, over base: DatasetBase? = nil, waitingUpTo timeout: Duration = .seconds(30),
                              limit: Int = InputLimits.standard.fileBytes,
                              _ change: (Dataset) -> ImportOutcome) throws(DatasetFileError) -> ImportOutcome {
        try write(at: path, over: base, waitingUpTo: timeout, limit: limit, change).outcome
    }

    /// `update`, also saying what was written.
    public static func write(at path: String, over base: DatasetBase? = nil, waitingUpTo timeout: Duration = .seconds(30),
                             limit: Int = InputLimits.standard.fileBytes,
                             _ change: (Dataset) -> ImportOutcome) throws(DatasetFileError) -> (outcome: ImportOutcome, written: Written) {
        let target = FileLink.target(of: path)
        return try FileLock.holding(target + ".lock", guarding: path, waitingUpTo: timeout) { () throws(DatasetFileError) in
            let files = try OnDisk.read(target, name: path, over: base, limit: limit)
            let outcome = change(files.dataset)
            guard outcome.dataset != files.dataset else { return (outcome, .nothing) }
            let mode = permissions(of: target) ?? 0o644
            // A dataset that does not exist yet is written whole, so that it is a file to open.
            if files.datasetBytes != nil, let records = JournalDelta.records(from: files.dataset, to: outcome.dataset) {
                let lines = Array(records.map(Journal.line).joined().utf8)
                try check(files, appending: lines, gives: outcome.dataset, path: path)
                if files.journalSize > files.journalLength {
                    // A torn last line: a dashboard following the journal has read its bytes, so
                    // they are not cut in place but the journal is written anew (it sees it
                    // replaced and reads it from the start).
                    try write(Array(files.journalBytes.prefix(files.journalLength)) + lines, to: files.journalPath, permissions: mode)
                } else {
                    try append(lines, to: files.journalPath, after: files.journalLength, permissions: mode)
                }
                let journalBytes = files.journalLength + lines.count
                if Journal.wantsCompaction(journalBytes: journalBytes, datasetBytes: files.datasetBytes?.count ?? 0) {
                    let compacted = try writeWhole(outcome.dataset, backup: files.dataset, files: files, path: path, mode: mode)
                    try emptyJournal(files.journalPath, mode: mode)
                    return (outcome, .dataset(bytes: lines.count + compacted, compacted: files.journalLines + records.count))
                }
                return (outcome, .journal(path: files.journalPath, bytes: lines.count))
            }
            // A change to the catalogue. The journal goes into the file first, on its own: were
            // the change written with it and the process stopped before the journal was
            // emptied, the journal's older copies of records the change touched would win.
            var written = 0
            // The journal of a deleted dataset is emptied before the new dataset is written, so
            // that no crash leaves the two side by side.
            if files.datasetBytes == nil, files.journalExists { try emptyJournal(files.journalPath, mode: mode) }
            if files.journalLength > 0 {
                written += try writeWhole(files.dataset, backup: files.dataset, files: files, path: path, mode: mode)
                try emptyJournal(files.journalPath, mode: mode)
            }
            written += try writeWhole(outcome.dataset, backup: files.datasetBytes == nil ? nil : files.dataset,
                                      files: files, path: path, mode: mode)
            return (outcome, .dataset(bytes: written, compacted: files.journalLines))
        }
    }

    /// What `update` would do, checked the same way, without taking the lock or writing.
    public static func preview(at path: String, over base: DatasetBase? = nil, limit: Int = InputLimits.standard.fileBytes,
                               _ change: (Dataset) -> ImportOutcome) throws(DatasetFileError) -> ImportOutcome {
        let files = try OnDisk.read(FileLink.target(of: path), name: path, over: base, limit: limit)
        let outcome = change(files.dataset)
        guard outcome.dataset != files.dataset else { return outcome }
        if files.datasetBytes != nil, let records = JournalDelta.records(from: files.dataset, to: outcome.dataset) {
            try check(files, appending: Array(records.map(Journal.line).joined().utf8), gives: outcome.dataset, path: path)
        } else {
            _ = try checkedBytes(outcome.dataset, path: path, over: base)
        }
        return outcome
    }

    /// Writes the journal into the dataset and empties it, under the lock; the number of
    /// journal lines it held (0: nothing to do, nothing written).
    public static func compact(at path: String, over base: DatasetBase? = nil, waitingUpTo timeout: Duration = .seconds(30),
                               limit: Int = InputLimits.standard.fileBytes) throws(DatasetFileError) -> Int {
        try compact(at: path, over: base, waitingUpTo: timeout, limit: limit, stoppingAfterDatasetWritten: false)
    }

    /// `compact`, optionally stopping as a crash would between its two writes.
    static func compact(at path: String, over base: DatasetBase? = nil, waitingUpTo timeout: Duration, limit: Int,
                        stoppingAfterDatasetWritten: Bool) throws(DatasetFileError) -> Int {
        let target = FileLink.target(of: path)
        return try FileLock.holding(target + ".lock", guarding: path, waitingUpTo: timeout) { () throws(DatasetFileError) in
            let files = try OnDisk.read(target, name: path, over: base, limit: limit)
            guard files.journalLength > 0 else { return 0 }
            let mode = permissions(of: target) ?? 0o644
            _ = try writeWhole(files.dataset, backup: files.dataset, files: files, path: path, mode: mode)
            if stoppingAfterDatasetWritten { return files.journalLines }
            try emptyJournal(files.journalPath, mode: mode)
            return files.journalLines
        }
    }

    /// The dataset and its journal as one import finds them.
    struct OnDisk {
        /// Where the file is (the target of a link at the path given).
        var target: String
        var datasetBytes: [UInt8]?
        var journalPath: String
        var journalExists: Bool
        /// The journal as read, a torn last line included.
        var journalBytes: [UInt8]
        var journalSize: Int { journalBytes.count }
        /// The journal's complete lines, in bytes: where the next append goes.
        var journalLength: Int
        /// Its complete lines, blank ones included, so appended ones are numbered after them.
        var journalLineCount: Int
        var journalLines: Int
        /// The file with its journal merged on top.
        var dataset: Dataset
        /// The records both held, located, for checking what an append would make of them.
        var merger: DatasetMerger
        /// What the file is layered over, merged first.
        var base: DatasetBase?

        /// Reads and checks both, over `base` if there is one. The journal is read first, as
        /// every reader does.
        static func read(_ target: String, name path: String, over base: DatasetBase?, limit: Int) throws(DatasetFileError) -> OnDisk {
            let journalPath = Journal.path(for: target)
            var journalBytes: [UInt8] = []
            var journalExists = false
            switch JournalFile.read(path: journalPath, limit: limit) {
            case .none: break
            case let .bytes(bytes): (journalBytes, journalExists) = (bytes, true)
            case let .unreadable(reason, _): throw .io("cannot read \(journalPath): \(reason)")
            }
            let previous = try existingBytes(target, limit: limit)
            // The journal of a dataset that was deleted went with it: it is not read, and the
            // new dataset's first write empties it.
            if previous == nil { journalBytes = [] }
            var merger = DatasetMerger()
            if let base { merger.merge(base.file) }
            if let previous {
                guard let document = try? JSONParser.parse(previous) else {
                    // Not JSON: the loader words the syntax error as `frontier validate` does.
                    throw .existingInvalid(DatasetLoader.load([(name: path, bytes: previous)]).diagnostics)
                }
                merger.merge(DatasetDecoder.decodeFile(name: path, document: document))
                // The file is written again whole from what was loaded: keys this build does not
                // know would be lost, so their presence stops the import instead.
                let unknown = UnknownFields.find(in: document.root, file: path)
                guard unknown.isEmpty else { throw .unknownFields(unknown) }
            }
            let length = JournalFile.completeLength(journalBytes)
            let journal = JournalFile.decode(journalBytes, name: Journal.path(for: path))
            merger.report(journal.diagnostics)
            for record in journal.records { merger.merge(record) }
            merger.settle()
            let loaded = merger.result()
            guard loaded.isValid else { throw .existingInvalid(loaded.diagnostics) }
            return OnDisk(target: target, datasetBytes: previous, journalPath: journalPath, journalExists: journalExists,
                          journalBytes: journalBytes, journalLength: length,
                          journalLineCount: journalBytes.prefix(length).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) },
                          journalLines: journal.records.count,
                          dataset: previous == nil && length == 0 ? base?.dataset ?? Dataset() : loaded.dataset,
                          merger: merger, base: base)
        }
    }

    /// Checks that `lines` appended to the journal give `expected`, valid, when read back.
    private static func check(_ files: OnDisk, appending lines: [UInt8], gives expected: Dataset, path: String) throws(DatasetFileError) {
        var merger = files.merger
        let journal = JournalFile.decode(lines, name: Journal.path(for: path), linesBefore: files.journalLineCount)
        merger.report(journal.diagnostics)
        for record in journal.records { merger.merge(record) }
        let result = merger.result()
        guard result.isValid else { throw .resultInvalid(result.diagnostics) }
        guard result.dataset == expected else {
            throw .io("the journal lines for \(path) do not read back as the change; nothing changed")
        }
    }

    /// The dataset's bytes as written whole, checked as `frontier validate` will read them:
    /// over a base, only what differs from it, checked merged over it.
    private static func checkedBytes(_ dataset: Dataset, path: String, over base: DatasetBase?) throws(DatasetFileError) -> [UInt8] {
        let bytes = Array(DatasetEncoder.encode(base.map { dataset.layered(over: $0.dataset) } ?? dataset).utf8)
        var merger = DatasetMerger()
        if let base { merger.merge(base.file) }
        merger.merge(DatasetDecoder.decodeFile(name: path, bytes: bytes))
        let check = merger.result()
        guard check.isValid else { throw .resultInvalid(check.diagnostics) }
        return bytes
    }

    /// Writes `dataset` whole over the file; the bytes written. `backup`, the data as it was
    /// (the file with its journal, which is emptied next), is kept as `.bak` in one file, so that
    /// restoring it loses nothing; the file itself when it had no journal.
    private static func writeWhole(_ dataset: Dataset, backup: Dataset?, files: OnDisk, path: String,
                                   mode: mode_t) throws(DatasetFileError) -> Int {
        let bytes = try checkedBytes(dataset, path: path, over: files.base)
        if let previous = files.datasetBytes, let backup {
            let stored = files.base.map { backup.layered(over: $0.dataset) } ?? backup
            let kept = files.journalLength == 0 ? previous : Array(DatasetEncoder.encode(stored).utf8)
            try write(kept, to: files.target + ".bak", permissions: mode)
        }
        try write(bytes, to: files.target, permissions: mode)
        return bytes.count
    }

    /// Replaces the journal with an empty one. A new file, not a truncated one: a dashboard
    /// following it sees it replaced and loads the dataset again.
    private static func emptyJournal(_ path: String, mode: mode_t) throws(DatasetFileError) {
        try write([], to: path, permissions: mode)
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

    private static func append(_ bytes: [UInt8], to path: String, after length: Int, permissions: mode_t) throws(DatasetFileError) {
        do {
            try AppendFile.append(bytes, to: path, after: length, permissions: permissions)
        } catch {
            throw .io("cannot \(error.operation) \(error.path): \(error.reason)")
        }
    }

    private static func permissions(of path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }
}
