/// The journal of a dataset file: news and sources added since the file was last written whole.
///
/// An import that only adds or changes news (and the sources they cite) appends them to the
/// journal as JSON Lines, one record with its `kind` a line, instead of writing the whole
/// dataset again, so one new item costs the bytes of one line. Readers merge the journal after
/// every `--data` file, by the merge rule of a later file: a line whose id is known replaces
/// that record. Merging a journal twice gives what merging it once gives, which is what makes
/// compaction safe: the dataset is written whole with the journal in it first, and only then is
/// the journal emptied, so a crash between the two leaves a journal that changes nothing.
public enum Journal {
    /// Where the journal of the dataset at `path` lives: beside it, `data.json` →
    /// `data.journal.jsonl` (any other name gets `.journal.jsonl` added).
    public static func path(for path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        if name.count > ".json".count, name.hasSuffix(".json") {
            return String(path.dropLast(".json".count)) + ".journal.jsonl"
        }
        return path + ".journal.jsonl"
    }

    /// One journal line, ending in a newline: the record as its dataset array holds it, with
    /// `kind` first.
    public static func line(_ record: DatasetRecord) -> String {
        var object = DatasetEncoder.jsonValue(record).objectValue ?? JSONObject()
        object.members.insert(JSONObject.Member(key: "kind", value: .string(record.kind.rawValue)), at: 0)
        return JSONWriter.line(JSONValue(.object(object))) + "\n"
    }

    /// Above this many bytes, and above half the dataset file's size, an import compacts the
    /// journal into the dataset: a dashboard starting reads a journal's records one line at a
    /// time, more slowly than the file's arrays.
    public static func wantsCompaction(journalBytes: Int, datasetBytes: Int) -> Bool {
        journalBytes > max(1 << 20, datasetBytes / 2)
    }
}
