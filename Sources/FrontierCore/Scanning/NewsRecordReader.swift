/// Reads one news record straight from the text into a `NewsItem`, by the rules of
/// `FieldReader.newsItem()`, sharing repeated strings and lists between records.
///
/// It reads the records real files hold: the fields of docs/dataset.md, each once, with
/// `provenance` and an empty or absent `notes`. Anything else, valid or not (a field it does
/// not know, a note, a value that `FieldReader` would report), throws `ScanAbandoned`, and
/// the caller reads that record the slow way, which accepts exactly the same records and
/// words any problem. So this reader may refuse what is valid, but never accepts what is not.
struct NewsRecordReader {
    private var strings = BytePool<String>()
    private var lists = BytePool<[String]>()
    private var spans: [ByteScanner.StringSpan] = []

    private enum Field: UInt16 {
        case id = 1, date = 2, headline = 4, source = 8, approximate = 16, summary = 32, orgs = 64
        case models = 128, url = 256, tags = 512, provenance = 1024, notes = 2048
    }

    private enum ProvenanceField: UInt16 {
        case ref = 1, source = 2, url = 4, asOf = 8, retrieved = 16, reportedBy = 32, status = 64, note = 128
    }

    mutating func read(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> NewsItem {
        try scanner.expect(UInt8(ascii: "{"))
        var seen: UInt16 = 0
        var id: String?, date: DayDate?, headline: String?, source: String?
        var approximate = false
        var summary: String?, url: String?
        var orgs: [String] = [], models: [String] = [], tags: [String] = []
        var provenance: Provenance?
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                let field = try key(&scanner, Self.field)
                guard seen & field.rawValue == 0 else { throw ScanAbandoned() }
                seen |= field.rawValue
                switch field {
                case .id: id = try identifier(&scanner)
                case .date: date = try day(&scanner)
                case .headline: headline = try text(&scanner, pooled: false)
                case .source: source = try text(&scanner, pooled: true)
                case .approximate: approximate = try scanner.literal() ?? false
                case .summary: summary = try optionalString(&scanner, pooled: false)
                case .url: url = try optionalString(&scanner, pooled: false)
                case .orgs: orgs = try list(&scanner)
                case .models: models = try list(&scanner)
                case .tags: tags = try list(&scanner)
                case .provenance: provenance = try self.provenance(&scanner)
                case .notes: try noNotes(&scanner)
                }
            } while !(try scanner.closes(UInt8(ascii: "}")))
        }
        guard let id, let date, let headline, let source else { throw ScanAbandoned() }
        return NewsItem(id: id, date: date, approximate: approximate, headline: headline, summary: summary,
                        orgs: orgs, models: models, source: source, url: url, tags: tags, provenance: provenance)
    }

    // MARK: Keys

    private func key<Name>(_ scanner: inout ByteScanner, _ match: (ByteScanner, ByteScanner.StringSpan) -> Name?)
        throws(ScanAbandoned) -> Name {
        let span = try scanner.string()
        try scanner.expect(UInt8(ascii: ":"))
        guard let name = match(scanner, span) else { throw ScanAbandoned() }
        return name
    }

    private static func field(_ scanner: ByteScanner, _ span: ByteScanner.StringSpan) -> Field? {
        guard !span.escaped else { return nil }
        switch span.count {
        case 2: return scanner.span(span, is: "id") ? .id : nil
        case 3: return scanner.span(span, is: "url") ? .url : nil
        case 4: return scanner.span(span, is: "date") ? .date : scanner.span(span, is: "orgs") ? .orgs
            : scanner.span(span, is: "tags") ? .tags : nil
        case 5: return scanner.span(span, is: "notes") ? .notes : nil
        case 6: return scanner.span(span, is: "source") ? .source : scanner.span(span, is: "models") ? .models : nil
        case 7: return scanner.span(span, is: "summary") ? .summary : nil
        case 8: return scanner.span(span, is: "headline") ? .headline : nil
        case 10: return scanner.span(span, is: "provenance") ? .provenance : nil
        case 11: return scanner.span(span, is: "approximate") ? .approximate : nil
        default: return nil
        }
    }

    private static func provenanceField(_ scanner: ByteScanner, _ span: ByteScanner.StringSpan) -> ProvenanceField? {
        guard !span.escaped else { return nil }
        switch span.count {
        case 3: return scanner.span(span, is: "ref") ? .ref : scanner.span(span, is: "url") ? .url : nil
        case 4: return scanner.span(span, is: "asOf") ? .asOf : scanner.span(span, is: "note") ? .note : nil
        case 6: return scanner.span(span, is: "source") ? .source : scanner.span(span, is: "status") ? .status : nil
        case 9: return scanner.span(span, is: "retrieved") ? .retrieved : nil
        case 10: return scanner.span(span, is: "reportedBy") ? .reportedBy : nil
        default: return nil
        }
    }

    // MARK: Values

    /// A string, shared with every earlier string of the same bytes when `pooled`.
    private mutating func string(_ scanner: inout ByteScanner, pooled: Bool) throws(ScanAbandoned) -> String {
        let span = try scanner.string()
        guard pooled, !span.escaped else { return try scanner.text(of: span) }
        return strings.value(at: span.start, count: span.count, in: scanner.bytes) {
            String(decoding: scanner.buffer(of: span), as: UTF8.self)
        }
    }

    private mutating func optionalString(_ scanner: inout ByteScanner, pooled: Bool) throws(ScanAbandoned) -> String? {
        scanner.takeNull() ? nil : try string(&scanner, pooled: pooled)
    }

    /// A string with something other than white space in it, as `FieldReader.text` requires.
    private mutating func text(_ scanner: inout ByteScanner, pooled: Bool) throws(ScanAbandoned) -> String {
        let text = try string(&scanner, pooled: pooled)
        // Nearly every text starts with a printable ASCII letter, which settles it.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return text }
        guard text.contains(where: { !$0.isWhitespace }) else { throw ScanAbandoned() }
        return text
    }

    private mutating func optionalText(_ scanner: inout ByteScanner, pooled: Bool) throws(ScanAbandoned) -> String? {
        scanner.takeNull() ? nil : try text(&scanner, pooled: pooled)
    }

    /// An id as `FieldReader.identifier()` accepts it.
    private func identifier(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> String {
        let span = try scanner.string()
        let text = try scanner.text(of: span)
        guard !text.isEmpty, text.utf8.count <= 100, text.utf8.allSatisfy(FieldReader.isIdentifierByte) else { throw ScanAbandoned() }
        return text
    }

    private func day(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> DayDate {
        let span = try scanner.string()
        let date = span.escaped ? DayDate(try scanner.text(of: span)) : DayDate(utf8: scanner.buffer(of: span))
        guard let date else { throw ScanAbandoned() }
        return date
    }

    private func optionalDay(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> DayDate? {
        scanner.takeNull() ? nil : try day(&scanner)
    }

    /// An array of strings, or null for none; a list seen before, byte for byte, is shared.
    private mutating func list(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> [String] {
        if scanner.takeNull() { return [] }
        try scanner.expect(UInt8(ascii: "["))
        let start = scanner.index - 1
        spans.removeAll(keepingCapacity: true)
        var escaped = false
        if !scanner.take(UInt8(ascii: "]")) {
            repeat {
                let span = try scanner.string()
                escaped = escaped || span.escaped
                spans.append(span)
            } while !(try scanner.closes(UInt8(ascii: "]")))
        }
        if escaped {
            var values: [String] = []
            for span in spans { values.append(try scanner.text(of: span)) }
            return values
        }
        let found = lists.lookup(at: start, count: scanner.index - start, in: scanner.bytes)
        if let shared = found.value { return shared }
        var values: [String] = []
        values.reserveCapacity(spans.count)
        for span in spans {
            values.append(strings.value(at: span.start, count: span.count, in: scanner.bytes) {
                String(decoding: scanner.buffer(of: span), as: UTF8.self)
            })
        }
        lists.add(values, for: found, at: start, count: scanner.index - start)
        return values
    }

    /// `provenance`, by the rules of `FieldReader.provenance()`.
    private mutating func provenance(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> Provenance? {
        if scanner.takeNull() { return nil }
        try scanner.expect(UInt8(ascii: "{"))
        var seen: UInt16 = 0
        var ref: String?, source: String?, url: String?, asOf: DayDate?, retrieved: DayDate?
        var reportedBy: String?, status: Provenance.Status?, note: String?
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                let field = try key(&scanner, Self.provenanceField)
                guard seen & field.rawValue == 0 else { throw ScanAbandoned() }
                seen |= field.rawValue
                switch field {
                case .ref: ref = try optionalString(&scanner, pooled: true)
                case .source: source = try optionalText(&scanner, pooled: true)
                case .url: url = try optionalString(&scanner, pooled: false)
                case .asOf: asOf = try optionalDay(&scanner)
                case .retrieved: retrieved = try optionalDay(&scanner)
                case .reportedBy: reportedBy = try optionalString(&scanner, pooled: true)
                case .status:
                    guard let text = try optionalString(&scanner, pooled: true) else { break }
                    guard let known = Provenance.Status(rawValue: text) else { throw ScanAbandoned() }
                    status = known
                case .note: note = try optionalString(&scanner, pooled: false)
                }
            } while !(try scanner.closes(UInt8(ascii: "}")))
        }
        guard ref != nil || source != nil else { throw ScanAbandoned() }
        return Provenance(ref: ref, source: source, url: url, asOf: asOf, retrieved: retrieved, reportedBy: reportedBy,
                          status: status, note: note)
    }

    /// `notes` that hold nothing: null or `[]`. A record with notes is read the slow way.
    private func noNotes(_ scanner: inout ByteScanner) throws(ScanAbandoned) {
        if scanner.takeNull() { return }
        try scanner.expect(UInt8(ascii: "["))
        try scanner.expect(UInt8(ascii: "]"))
    }
}
