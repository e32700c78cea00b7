import FrontierCore
import SystemBackend

/// Decodes one feed line into a record of the kind it names, or into the reasons it cannot.
///
/// Each line is parsed on its own, so the parser sees it as line 1; every position is moved to
/// the line's real number before anyone sees it, including the positions of reference checks
/// that run only after merging. Columns stay as the parser counted them, in characters.
public enum FeedLineDecoder {
    /// Decodes `line` of the feed `file` (named as the user named it) and adds the outcome to `batch`.
    ///
    /// A blank line is skipped without a word. A line that is not a JSON object, has no
    /// `kind`, names an unknown kind, or holds an invalid record adds diagnostics and no record.
    public static func decode(_ line: FeedLine, file: String, into batch: inout FeedBatch) {
        if let length = line.overlongBytes {
            batch.diagnostics.append(Diagnostic(file: file, line: line.number, column: 1, path: "",
                                                message: "line of \(length) bytes is longer than the feed line limit of \(InputLimits.shown(InputLimits.standard.feedLineBytes)); skipped"))
            return
        }
        guard line.bytes.contains(where: { !isBlank($0) }) else { return }
        let document: JSONDocument
        do {
            document = try JSONParser.parse(line.bytes)
        } catch {
            batch.diagnostics.append(Diagnostic(file: file, line: line.number, column: error.position.column,
                                                path: "", message: error.message))
            return
        }
        let place = { (position: JSONPosition) in position.moved(toFeedLine: line.number) }
        for duplicate in document.duplicateKeys {
            let first = place(duplicate.firstPosition)
            batch.diagnostics.append(Diagnostic(
                file: file, line: line.number, column: duplicate.position.column, path: duplicate.path,
                message: "duplicate key \(JSONWriter.quoted(duplicate.key, limit: Diagnostic.quotedLimit)) (first defined at \(file):\(first.line):\(first.column))"))
        }
        let root = document.root
        guard let object = root.objectValue else {
            batch.diagnostics.append(Diagnostic(file: file, line: line.number, column: root.position.column, path: "",
                                                message: "expected an object with a \"kind\", got \(root.summary)"))
            return
        }
        guard let kindValue = object["kind"] else {
            batch.diagnostics.append(Diagnostic(file: file, line: line.number, column: root.position.column, path: "",
                                                message: "missing required field \"kind\" (one of \(knownKinds))"))
            return
        }
        guard let kindName = kindValue.stringValue else {
            batch.diagnostics.append(Diagnostic(file: file, line: line.number, column: kindValue.position.column,
                                                path: "kind", message: "expected a string, got \(kindValue.summary)"))
            return
        }
        guard let kind = RecordKind(rawValue: kindName) else {
            batch.diagnostics.append(Diagnostic(
                file: file, line: line.number, column: kindValue.position.column, path: "kind",
                message: "unknown kind \(JSONWriter.quoted(kindName, limit: Diagnostic.quotedLimit)); expected one of \(knownKinds)"))
            return
        }
        let decoded = DatasetDecoder.decodeRecord(kind: kind, object: root, path: "", file: file)
        batch.diagnostics += decoded.diagnostics.map { diagnostic in
            var moved = diagnostic
            if diagnostic.line > 0 { moved.line = line.number + diagnostic.line - 1 }
            return moved
        }
        if let record = decoded.record {
            batch.records.append(record.moved(toFeedLine: line.number))
        }
    }

    private static let knownKinds = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
