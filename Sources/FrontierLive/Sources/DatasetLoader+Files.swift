import FrontierCore
import SystemBackend

extension DatasetLoader {
    /// Reads files from disk (a read error is a diagnostic `FILE:0:0: cannot read: <reason>`),
    /// each with its journal, then as above.
    public static func load(paths: [String], limit: Int = InputLimits.standard.fileBytes) -> DatasetLoadResult {
        merger(paths: paths, limit: limit).result()
    }

    /// Like `merger(_:)`, reading the files from disk, and their journals after them all.
    public static func merger(paths: [String], limit: Int = InputLimits.standard.fileBytes) -> DatasetMerger {
        merger(inputs: paths.map(Input.file), limit: limit, journals: true)
    }

    /// One dataset file: on disk, or already in memory (a body fetched over HTTP).
    public enum Input: Hashable, Sendable {
        case file(String)
        case bytes(name: String, [UInt8])
    }

    /// Merges files from disk and from memory in the order given; a file above `limit` bytes is
    /// a `cannot read` diagnostic, not read further.
    ///
    /// With `journals`, the journal of each file on disk (`JournalFile.path(forDataset:)`) is
    /// merged after every file, in the same order, as the dashboard merges them (after the data
    /// files, before the named feeds). Two files with records of the same id can therefore show
    /// another one once a journal is compacted into its file: give each its own ids. Journals are read before the files: a compaction writes
    /// the file before it empties the journal, so a journal read first is either the one the
    /// file has not absorbed yet or one that merging again changes nothing in. The dashboard
    /// follows journals as feeds instead, and loads without them.
    public static func merger(inputs: [Input], limit: Int = InputLimits.standard.fileBytes, journals: Bool = false) -> DatasetMerger {
        var merger = DatasetMerger()
        let journalContents: [(path: String, contents: JournalFile.Contents)] = journals
            ? inputs.compactMap { input in
                guard case let .file(path) = input else { return nil }
                let journal = JournalFile.path(forDataset: path)
                return (journal, JournalFile.read(path: journal, limit: limit))
            }
            : []
        for input in inputs {
            switch input {
            case let .bytes(name, bytes):
                merger.merge(DatasetDecoder.decodeFile(name: name, bytes: bytes))
            case let .file(path):
                do {
                    merger.merge(DatasetDecoder.decodeFile(name: path, bytes: try FileContents.read(path: path, limit: limit)))
                } catch {
                    merger.merge(DecodedFile(name: path, diagnostics: [
                        Diagnostic(file: path, line: 0, column: 0, path: "", message: "cannot read: \(error.reason)"),
                    ]))
                }
            }
        }
        for (path, contents) in journalContents {
            switch contents {
            case .none: break
            case let .unreadable(_, problem): merger.report([problem])
            case let .bytes(bytes):
                let batch = JournalFile.decode(bytes, name: path)
                merger.report(batch.diagnostics)
                for record in batch.records { merger.merge(record) }
            }
        }
        merger.settle()
        return merger
    }
}
