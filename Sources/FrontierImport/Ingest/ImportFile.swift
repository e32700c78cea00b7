import FrontierCore
import SystemBackend

/// Reads a local source file for an import, failing with an `ImportError` that names the path.
///
/// Importers take bytes, not paths, so the commands read the file; this gives them the
/// system's short reason ("No such file or directory") in the same shape as a parse error.
public enum ImportFile {
    public static func read(path: String, limit: Int = InputLimits.standard.fileBytes) throws(ImportError) -> [UInt8] {
        do {
            return try FileContents.read(path: path, limit: limit)
        } catch {
            throw ImportError(place: path, message: "cannot read: \(error.reason)")
        }
    }
}
