import Foundation
import FrontierImport
import FrontierLive
import FrontierResources

/// The user's dataset as the commands that write it see it: where it is, and the embedded data
/// it is layered over.
enum UserData {
    /// `$XDG_DATA_HOME/frontier/dataset.json`; nil without a usable `XDG_DATA_HOME` or `HOME`.
    static var path: String? { UserDataset.path(environment: ProcessInfo.processInfo.environment) }

    /// The embedded dataset, which the user's is written over.
    static let embedded = DatasetBase(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))

    /// The embedded dataset when `dataset` is the user's (the same file, however it is named:
    /// through links, `..` or another spelling of its folder), since that file is a layer over
    /// it; nil for any other file.
    static func base(for dataset: String) -> DatasetBase? {
        guard let path, sameFile(dataset, path) else { return nil }
        return embedded
    }

    /// Whether two paths name one file: the same path once `.`, `..` and repeated slashes are
    /// taken out, the same device and inode, or for a file not made yet, the same name in the
    /// same folder.
    private static func sameFile(_ a: String, _ b: String) -> Bool {
        if standardized(a) == standardized(b) { return true }
        func identity(_ path: String) -> (dev_t, ino_t)? {
            var status = stat()
            return stat(path, &status) == 0 ? (status.st_dev, status.st_ino) : nil
        }
        if let left = identity(a), let right = identity(b) { return left == right }
        let (folderA, folderB) = (URL(fileURLWithPath: a).deletingLastPathComponent().path,
                                  URL(fileURLWithPath: b).deletingLastPathComponent().path)
        guard URL(fileURLWithPath: a).lastPathComponent == URL(fileURLWithPath: b).lastPathComponent,
              identity(a) == nil, identity(b) == nil,
              let left = identity(folderA), let right = identity(folderB) else { return false }
        return left == right
    }

    private static func standardized(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: joined).standardized.path
    }

    /// Creates the directory the dataset goes in, with its parents, as `mkdir -p` would.
    static func createDirectory(for dataset: String) throws(CommandFailure) {
        let directory = URL(fileURLWithPath: dataset).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create \(directory): \(error.localizedDescription)", status: CommandFailure.ioError)
        }
    }
}
