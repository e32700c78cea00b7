import Foundation
import FrontierImport
import FrontierLive
import FrontierResources
import SystemBackend

/// The user's dataset as the commands that write it see it: where it is, and the embedded data
/// it is layered over.
enum UserData {
    /// `$XDG_DATA_HOME/frontier/dataset.json`; nil without a usable `XDG_DATA_HOME` or `HOME`.
    static var path: String? { UserDataset.path(environment: ProcessInfo.processInfo.environment) }

    /// The embedded dataset, which the user's is written over.
    static let embedded = DatasetBase(name: "embedded dataset", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))

    /// The embedded dataset when `dataset` is the user's (the same file, however it is named),
    /// since that file is a layer over it; nil for any other file.
    static func base(for dataset: String) -> DatasetBase? {
        guard let path, FileLink.target(of: absolute(dataset)) == FileLink.target(of: path) else { return nil }
        return embedded
    }

    private static func absolute(_ path: String) -> String {
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
