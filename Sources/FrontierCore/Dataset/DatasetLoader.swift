import Foundation

/// Loads dataset files: parses, validates and merges them in order.
public enum DatasetLoader {
    /// Parses, validates and merges in-memory files in order.
    public static func load(_ files: [(name: String, bytes: [UInt8])]) -> DatasetLoadResult {
        var merger = DatasetMerger()
        for file in files {
            merger.merge(DatasetDecoder.decodeFile(name: file.name, bytes: file.bytes))
        }
        return merger.result()
    }

    /// Reads files from disk (a read error is a diagnostic `FILE:0:0: cannot read: <reason>`), then as above.
    public static func load(paths: [String]) -> DatasetLoadResult {
        var merger = DatasetMerger()
        for path in paths {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                merger.merge(DatasetDecoder.decodeFile(name: path, bytes: [UInt8](data)))
            } catch {
                merger.merge(DecodedFile(name: path, diagnostics: [
                    Diagnostic(file: path, line: 0, column: 0, path: "", message: "cannot read: \(reason(error))"),
                ]))
            }
        }
        return merger.result()
    }

    /// The operating system's short reason ("No such file or directory") rather than
    /// Foundation's sentence, which repeats the file name the diagnostic already shows.
    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        return error.localizedDescription
    }
}
