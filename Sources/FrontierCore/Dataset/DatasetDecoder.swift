/// Turns dataset files and feed records into model values, reporting every problem found.
///
/// A record with any problem of its own (a wrong type, a missing field, an impossible value, a
/// repeated id) is reported and left out, so the dataset never holds a half-read record. A key
/// repeated inside a record is reported but does not drop it; the first value is the one read.
/// Rules that need other records, references and score ranges, are recorded with the record and
/// checked after merging (see `DatasetMerger`).
public enum DatasetDecoder {
    /// Parses and decodes one file; a syntax error ends the file with that one diagnostic.
    ///
    /// A file with no problem is read in one pass by `DatasetScanner`; any other file, or one
    /// the scanner does not read, is parsed whole and decoded from its values, which words
    /// every problem at its place.
    public static func decodeFile(name: String, bytes: [UInt8]) -> DecodedFile {
        if let scanned = DatasetScanner.scan(name: name, bytes: bytes) { return scanned }
        return decodeParsedFile(name: name, bytes: bytes)
    }

    /// `decodeFile(name:bytes:)` without the scanner: every file parsed whole.
    static func decodeParsedFile(name: String, bytes: [UInt8]) -> DecodedFile {
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard content.contains(where: { !isBlank($0) }) else {
            return DecodedFile(name: name, diagnostics: [
                Diagnostic(file: name, line: 0, column: 0, path: "", message: "file is empty"),
            ])
        }
        do {
            return decodeFile(name: name, document: try JSONParser.parse(bytes))
        } catch {
            return DecodedFile(name: name, diagnostics: [
                Diagnostic(file: name, line: error.position.line, column: error.position.column, path: "",
                           message: error.message),
            ])
        }
    }

    /// Decodes an already parsed file.
    public static func decodeFile(name: String, document: JSONDocument) -> DecodedFile {
        let context = DecodingContext(file: name)
        for duplicate in document.duplicateKeys {
            context.report(FieldPath(duplicate.path), at: duplicate.position,
                           "duplicate key \(JSONWriter.quoted(duplicate.key, limit: Diagnostic.quotedLimit)) (first defined at \(context.place(duplicate.firstPosition)))")
        }
        var file = DecodedFile(name: name)
        guard let root = FieldReader(document.root, path: "", context: context) else {
            file.diagnostics = context.diagnostics
            return file
        }
        if let schema = root.integer("schema", required: true), schema != Dataset.currentSchema {
            let current = Dataset.currentSchema
            root.report("schema", schema > current
                ? "schema \(schema) is newer than this build of frontier reads (\(current)); upgrade frontier"
                : "schema \(schema) is not supported; this build of frontier reads schema \(current)")
            // The rest of the file follows rules this build does not know; checking it would only mislead.
            file.diagnostics = context.diagnostics
            return file
        }
        file.title = root.string("title")
        file.description = root.string("description")

        var firstIDs: [RecordKind: [String: JSONPosition]] = [:]
        for kind in RecordKind.allCases {
            guard let array = root.value(kind.datasetKey) else { continue }
            guard let elements = array.arrayValue else {
                root.report(kind.datasetKey, "expected an array, got \(array.summary)")
                continue
            }
            for (index, element) in elements.enumerated() {
                let path = JSONPath.appending(index: index, to: kind.datasetKey)
                guard let record = decodeRecord(kind: kind, value: element, path: path, context: context) else { continue }
                if let first = firstIDs[kind]?[record.record.id] {
                    context.report(FieldPath(path, key: "id"), at: record.idPosition,
                                   "duplicate id \(JSONWriter.quoted(record.record.id, limit: Diagnostic.quotedLimit)) (first defined at \(context.place(first)))")
                    continue
                }
                firstIDs[kind, default: [:]][record.record.id] = record.idPosition
                file.records.append(record)
            }
        }
        file.diagnostics = context.diagnostics
        file.leftOutChecks = context.leftOutChecks
        file.leftOutIDs = context.leftOutIDs
        return file
    }

    /// Decodes one record, as a feed line holds it; `path` prefixes the paths of its diagnostics.
    public static func decodeRecord(kind: RecordKind, object: JSONValue, path: String, file: String)
        -> (record: LocatedRecord?, diagnostics: [Diagnostic]) {
        let context = DecodingContext(file: file)
        let record = decodeRecord(kind: kind, value: object, path: path, context: context)
        return (record, context.diagnostics)
    }

    static func decodeRecord(kind: RecordKind, value: JSONValue, path: String, context: DecodingContext) -> LocatedRecord? {
        let problemsBefore = context.diagnostics.count
        context.checks = []
        guard let fields = FieldReader(value, path: path, context: context),
              let record = fields.record(of: kind),
              context.diagnostics.count == problemsBefore
        else {
            context.leftOutChecks += context.checks
            if let id = value.objectValue?["id"]?.stringValue { context.leftOutIDs[kind, default: []].insert(id) }
            return nil
        }
        return LocatedRecord(record: record, file: context.file, position: value.position,
                             idPosition: fields.position(of: "id"), checks: context.checks)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
