import Foundation
import FrontierCore
import SystemBackend

/// Reads the journal beside a dataset file whole, for commands that load the data once
/// (`validate`, and the dataset writer before it changes anything). Dashboards follow the
/// journal as a feed instead, reading only what each append adds.
public enum JournalFile {
    /// Where the journal of the dataset file at `path` is: beside the file a symbolic link at
    /// `path` leads to, found as the dataset writer finds it, since that is where it writes.
    public static func path(forDataset path: String) -> String {
        Journal.path(for: FileLink.target(of: path))
    }

    /// What reading a journal found.
    public enum Contents: Sendable {
        /// There is no journal: nothing was added since the dataset was written whole.
        case none
        case bytes([UInt8])
        /// The system's reason, and the diagnostic that names the journal.
        case unreadable(String, Diagnostic)
    }

    /// The bytes of the journal at `path`.
    public static func read(path: String, limit: Int = InputLimits.standard.fileBytes) -> Contents {
        var status = stat()
        if stat(path, &status) != 0, errno == ENOENT { return .none }
        do {
            return .bytes(try FileContents.read(path: path, limit: limit))
        } catch {
            return .unreadable(error.reason, Diagnostic(file: path, line: 0, column: 0, path: "", message: "cannot read: \(error.reason)"))
        }
    }

    /// The records of a journal's complete lines, with the problems of bad ones. A last line
    /// without its newline is an append in progress, or one a crash cut short: it was never
    /// part of the data, so it is left out without a word (the next append removes it).
    /// With `linesBefore`, `bytes` follow that many lines already in the journal.
    public static func decode(_ bytes: [UInt8], name: String, linesBefore: Int = 0) -> FeedBatch {
        var splitter = FeedLineSplitter(linesBefore: linesBefore)
        var batch = FeedBatch()
        for line in splitter.split(bytes) { FeedLineDecoder.decode(line, file: name, into: &batch) }
        return batch
    }

    /// The length of the journal's complete lines: where the next append starts.
    public static func completeLength(_ bytes: [UInt8]) -> Int {
        (bytes.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
    }
}
