import ArgumentParser
import Foundation
import FrontierImport

/// `--mirror ORIGIN`, shared by `update` and `ingest`: every URL fetched from another origin
/// with the same path.
struct MirrorOption: ParsableArguments {
    @Option(help: ArgumentHelp("Fetch every source from this origin instead, with the same path (a mirror or a caching proxy).",
                               valueName: "http://host:port"))
    var mirror: String?

    func validate() throws {
        guard let mirror else { return }
        guard let url = URL(string: mirror), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else {
            throw ValidationError("--mirror must be an http or https origin, such as http://mirror.example:8080")
        }
    }

    /// `config` with its URLs fetched from the mirror, if one was given.
    func applied(to config: IngestConfig) -> IngestConfig {
        guard let mirror, let origin = URL(string: mirror) else { return config }
        return config.mirrored(at: origin)
    }
}
