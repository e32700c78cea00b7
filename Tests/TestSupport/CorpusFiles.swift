import Foundation

/// The real-world samples in `shared/corpus`, beside the clone (`../shared`) or beside the
/// folder of worktrees (`../../shared`). A test that needs one fails when it is missing: a
/// corpus test that skips silently would pass on a machine that checks nothing.
public enum CorpusFiles {
    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "corpus file missing: \(path) (expected ../shared/corpus beside the clone)" }
    }

    public static let directory: URL = {
        let candidates = ["../shared/corpus", "../../shared/corpus"].map {
            Repository.root.appendingPathComponent($0).standardizedFileURL
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    public static func bytes(_ relative: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Missing(path: url.path) }
        return [UInt8](data)
    }

    /// The names of the files in a corpus folder, sorted; throws when the folder is missing or empty.
    public static func names(in folder: String) throws -> [String] {
        let path = directory.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard !names.isEmpty else { throw Missing(path: path) }
        return names.sorted()
    }
}
