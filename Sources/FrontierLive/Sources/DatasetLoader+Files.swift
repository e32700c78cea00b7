import FrontierCore
import SystemBackend

extension DatasetLoader {
    /// Reads files from disk (a read error is a diagnostic `FILE:0:0: cannot read: <reason>`), then as above.
    public static func load(paths: [String], limit: Int = InputLimits.standard.fileBytes) -> DatasetLoadResult {
        merger(paths: paths, limit: limit).result()
    }

    /// Like `merger(_:)`, reading the files from disk.
    public static func merger(paths: [String], limit: Int = InputLimits.standard.fileBytes) -> DatasetMerger {
        merger(inputs: paths.map(Input.file), limit: limit)
    }

    /// One dataset file: on disk, or already in memory (a body fetched over HTTP).
    public enum Input: Hashable, Sendable {
        case file(String)
        case bytes(name: String, [UInt8])
    }

    /// Merges files from disk and from memory in the order given; a file above `limit` bytes is
    /// a `cannot read` diagnostic, not read further.
    public static func merger(inputs: [Input], limit: Int = InputLimits.standard.fileBytes) -> DatasetMerger {
        var merger = DatasetMerger()
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
        return merger
    }
}
