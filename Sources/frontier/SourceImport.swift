import Foundation
import FrontierCore
import FrontierImport

/// One import of one source's bytes into a dataset: parse, match, write. `frontier import` runs
/// it once; `frontier ingest` runs it for every fetch that brings a new body.
struct SourceImport {
    var kind: ImportKind
    var context: ImportContext
    /// What the dataset file is layered over (the embedded dataset, for the user's dataset).
    var base: DatasetBase?

    /// - Parameters:
    ///   - name: the source name given by the user; without one, the kind's own (`OpenRouter`),
    ///     or for a feed, whose entries carry the feed's title, the host or file name.
    ///   - location: the path as given, `stdin`, or the URL; messages and provenance name it.
    init(kind: ImportKind, name: String?, location: String, retrieved: DayDate, base: DatasetBase? = nil) {
        self.kind = kind
        self.base = base
        let sourceName = name ?? kind.defaultSourceName ?? Self.fallbackName(location)
        context = ImportContext(sourceName: sourceName, location: location, retrieved: retrieved)
    }

    func parse(_ bytes: [UInt8]) throws(CommandFailure) -> ImportBatch {
        do {
            return try kind.parse(bytes, context: context)
        } catch {
            throw CommandFailure(error.description, status: CommandFailure.dataError)
        }
    }

    /// Applies `batch` to the dataset file under its lock; writes only a valid, changed result,
    /// and says what it wrote.
    func apply(_ batch: ImportBatch, to dataset: String, lockTimeout: Duration,
               limit: Int) throws(CommandFailure) -> (outcome: ImportOutcome, written: DatasetFile.Written) {
        do {
            return try DatasetFile.write(at: dataset, over: base, waitingUpTo: lockTimeout, limit: limit) { current in
                ImportReconciler(dataset: current).apply(batch, context: context)
            }
        } catch {
            throw Self.failure(error, dataset: dataset)
        }
    }

    /// What `apply` would do, checked the same way, without taking the lock or writing.
    func preview(_ batch: ImportBatch, dataset: String, limit: Int) throws(CommandFailure) -> ImportOutcome {
        do {
            return try DatasetFile.preview(at: dataset, over: base, limit: limit) { current in
                ImportReconciler(dataset: current).apply(batch, context: context)
            }
        } catch {
            throw Self.failure(error, dataset: dataset)
        }
    }

    /// One stderr line per entry left out and per ambiguous match, each naming its place.
    func warnings(_ outcome: ImportOutcome) -> [String] {
        outcome.skipped.map { "\(context.location): \($0)" }
            + outcome.ambiguous.map { "\(context.location): \($0)" }
    }

    static func failure(_ error: DatasetFileError, dataset: String) -> CommandFailure {
        switch error {
        case let .existingInvalid(diagnostics):
            return CommandFailure("\(dataset) is not a valid dataset (\(Self.problems(diagnostics.count))); nothing changed",
                                  details: diagnostics.map(\.description), status: CommandFailure.dataError)
        case let .unknownFields(diagnostics):
            return CommandFailure("\(dataset) has fields this version of frontier does not know, and an import would write the file again without them; nothing changed",
                                  details: diagnostics.map(\.description), status: CommandFailure.dataError)
        case let .resultInvalid(diagnostics):
            return CommandFailure("the import would make \(dataset) invalid (\(Self.problems(diagnostics.count))); nothing changed",
                                  details: diagnostics.map(\.description), status: CommandFailure.dataError)
        case let .locked(path):
            return CommandFailure("\(path) is locked by another import; nothing changed, try again later",
                                  status: CommandFailure.temporary)
        case let .io(text):
            return CommandFailure("cannot write \(dataset): \(text)", status: CommandFailure.ioError)
        }
    }

    private static func problems(_ count: Int) -> String {
        count == 1 ? "1 problem" : "\(count) problems"
    }

    /// The host of a URL or the name of a file, for a feed imported without `--name`.
    private static func fallbackName(_ location: String) -> String {
        if let url = URL(string: location), let host = url.host, !host.isEmpty { return host }
        return location.split(separator: "/").last.map(String.init) ?? location
    }
}
