import FrontierCore
import FrontierImport

/// What `frontier import` prints on stdout: the outcome's summary and the ids it added and
/// updated, as text for people or one JSON object for scripts.
struct ImportReport {
    var outcome: ImportOutcome
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
        return lines.joined(separator: "\n") + "\n"
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
