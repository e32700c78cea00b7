import FrontierCore
import FrontierImport
import SystemBackend

/// What `frontier import` prints on stdout: the outcome's summary and the ids it added and
/// updated, as text for people or one JSON object for scripts.
struct ImportReport {
    var outcome: ImportOutcome
    var written: DatasetFile.Written = .nothing
    var dataset: String
    var source: String
    var location: String
    var dryRun: Bool

    /// The summary line, then `added:` and `updated:` with one `kind/id` per line.
    var text: String {
        var lines = [outcome.summary]
        if !outcome.added.isEmpty { lines += ["added:"] + outcome.added.map { "  \($0.kind.rawValue)/\($0.id)" } }
        if !outcome.updated.isEmpty { lines += ["updated:"] + outcome.updated.map { "  \($0.kind.rawValue)/\($0.id)" } }
        if dryRun { lines.append("dry run: \(dataset) not written") }
        if let wrote = writtenLine { lines.append(wrote) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the change went: `wrote 1.2 KB to data.journal.jsonl`.
    var writtenLine: String? {
        switch written {
        case .nothing: return nil
        case let .journal(path, bytes): return "wrote \(Self.size(bytes)) to \(path)"
        case let .dataset(bytes, compacted):
            let journal = compacted > 0 ? ", with \(compacted) journal line\(compacted == 1 ? "" : "s") compacted into it" : ""
            return "wrote \(Self.size(bytes)) to \(dataset)\(journal)"
        }
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bytes" : InputLimits.shown(bytes)
    }

    var json: String {
        let refs = { (refs: [RecordRef]) in
            JSONValue.array(refs.map { .object([("kind", .string($0.kind.rawValue)), ("id", .string($0.id))]) })
        }
        return JSONWriter.write(.object([
            ("dataset", .string(dataset)),
            ("source", .string(source)),
            ("location", .string(location)),
            ("dryRun", .bool(dryRun)),
            ("bytesWritten", .number(Double(written.bytes))),
            ("summary", .string(outcome.summary)),
            ("added", refs(outcome.added)),
            ("updated", refs(outcome.updated)),
            ("unchanged", .number(Double(outcome.unchanged))),
            ("newModels", .array(outcome.newModels.map { .string($0) })),
            ("skipped", .array(outcome.skipped.map { .object([("place", .string($0.place)), ("reason", .string($0.reason))]) })),
            ("ambiguous", .array(outcome.ambiguous.map { match in
                .object([("name", .string(match.name)), ("sourceID", .string(match.sourceID)),
                         ("candidates", .array(match.candidates.map { .string($0) })), ("reason", .string(match.reason))])
            })),
        ]))
    }
}
