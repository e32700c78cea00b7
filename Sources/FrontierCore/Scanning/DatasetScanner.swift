/// Decodes a dataset file in one pass over its bytes, with no tree of JSON values in between.
///
/// News, nearly all of a large file, goes straight from bytes to `NewsItem`s (`NewsRecordReader`);
/// the other records, a few thousand at most, are each parsed on their own and decoded as the
/// slow path decodes them. The scanner only takes files that decode with no problem at all: at
/// the first syntax error, problem or unusual shape it gives up, and `DatasetDecoder` reads the
/// whole file the slow way, so every diagnostic keeps its words, place and order.
enum DatasetScanner {
    /// The decoded file, or nil when it must be read the slow way.
    static func scan(name: String, bytes: [UInt8]) -> DecodedFile? {
        bytes.withUnsafeBufferPointer { buffer -> DecodedFile? in
            guard var scanner = ByteScanner(buffer) else { return nil }
            var file = FileScan(name: name, bytes: bytes)
            do {
                try file.read(&scanner)
            } catch {
                return nil
            }
            return file.decoded
        }
    }
}

/// The state of one file's scan.
private struct FileScan {
    let name: String
    let bytes: [UInt8]
    let context: DecodingContext
    var title: String?
    var description: String?
    var records: [RecordKind: [LocatedRecord]] = [:]
    var ids: [RecordKind: Set<String>] = [:]
    var news: GrowingArray<NewsItem> = []
    var newsIndex: [String: Int] = [:]
    /// The checks of each news item read the slow way; nil for those the reader read.
    var newsChecks: [[DeferredCheck]?] = []
    var newsPlaces: [TextPlace] = []
    var reader = NewsRecordReader()

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        context = DecodingContext(file: name)
    }

    var decoded: DecodedFile {
        var file = DecodedFile(name: name, title: title, description: description,
                               records: RecordKind.allCases.flatMap { records[$0] ?? [] })
        let text = ScannedText(name: name, bytes: bytes, newsPlaces: newsPlaces)
        file.news = news
        file.newsIndex = newsIndex
        file.newsChecks = newsChecks.enumerated().map { index, checks in
            checks.map(RecordChecks.known) ?? .scanned(text, index: Int32(index))
        }
        return file
    }

    /// The root object, as `DatasetDecoder.decodeFile` reads it.
    mutating func read(_ scanner: inout ByteScanner) throws(ScanAbandoned) {
        try scanner.expect(UInt8(ascii: "{"))
        var keys: Set<String> = []
        var schema = false
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                let key = try scanner.text(of: try scanner.string())
                guard keys.insert(key).inserted else { throw ScanAbandoned() }
                try scanner.expect(UInt8(ascii: ":"))
                switch key {
                case "schema":
                    let value = try scanner.parseValue(path: [.key(key)], depth: 1).root
                    guard let number = value.numberValue, number.isInteger, number.intValue == Dataset.currentSchema
                    else { throw ScanAbandoned() }
                    schema = true
                case "title":
                    title = try optionalText(&scanner)
                case "description":
                    description = try optionalText(&scanner)
                default:
                    guard let kind = RecordKind.allCases.first(where: { $0.datasetKey == key }) else { throw ScanAbandoned() }
                    try readArray(of: kind, &scanner)
                }
            } while !(try scanner.closes(UInt8(ascii: "}")))
        }
        scanner.skipWhitespace()
        guard scanner.atEnd, schema, context.diagnostics.isEmpty else { throw ScanAbandoned() }
    }

    private func optionalText(_ scanner: inout ByteScanner) throws(ScanAbandoned) -> String? {
        scanner.takeNull() ? nil : try scanner.text(of: try scanner.string())
    }

    private mutating func readArray(of kind: RecordKind, _ scanner: inout ByteScanner) throws(ScanAbandoned) {
        if scanner.takeNull() { return }
        try scanner.expect(UInt8(ascii: "["))
        if scanner.take(UInt8(ascii: "]")) { return }
        var index = 0
        let start = scanner.index
        repeat {
            scanner.skipWhitespace()
            let place = scanner.place
            if kind == .news {
                if index == 1000 { reserveNews(readFrom: start, to: place.offset, textSize: scanner.bytes.count) }
                newsPlaces.append(place)
                if let item = try? reader.read(&scanner) {
                    try keepNews(item.id)
                    news.append(consume item)
                    newsChecks.append(nil)
                } else {
                    scanner.move(to: place)
                    let record = try decodeRecord(of: kind, at: index, &scanner)
                    guard case .news(let item) = record.record else { throw ScanAbandoned() }
                    try keepNews(item.id)
                    news.append(item)
                    newsChecks.append(record.checks)
                }
            } else {
                records[kind, default: []].append(try decodeRecord(of: kind, at: index, &scanner))
            }
            index += 1
        } while !(try scanner.closes(UInt8(ascii: "]")))
        if kind == .news { trimNews() }
    }

    /// Gives back room reserved for news the file did not hold (the estimate counts every byte
    /// after the first thousand items, and other arrays may follow the news).
    private mutating func trimNews() {
        guard news.capacity > 2 * news.count + 1024 else { return }
        news = GrowingArray(news.array)
        var index = [String: Int](minimumCapacity: newsIndex.count)
        for (id, position) in newsIndex { index[id] = position }
        newsIndex = index
    }

    /// One record parsed on its own and decoded as the slow path decodes it; any problem ends the scan.
    private mutating func decodeRecord(of kind: RecordKind, at index: Int, _ scanner: inout ByteScanner)
        throws(ScanAbandoned) -> LocatedRecord {
        let document = try scanner.parseValue(path: [.key(kind.datasetKey), .index(index)], depth: 2)
        guard document.duplicateKeys.isEmpty,
              let record = DatasetDecoder.decodeRecord(kind: kind, value: document.root,
                                                       path: JSONPath.appending(index: index, to: kind.datasetKey),
                                                       context: context),
              context.diagnostics.isEmpty
        else { throw ScanAbandoned() }
        if kind != .news { try keep(record.record.id, of: kind) }
        return record
    }

    /// Notes the id of the news item about to be appended; a repeated one is a problem.
    private mutating func keepNews(_ id: String) throws(ScanAbandoned) {
        guard newsIndex.updateValue(news.count, forKey: id) == nil else { throw ScanAbandoned() }
    }

    /// Reserves room for the news the rest of the text holds at the size of the records so
    /// far, so a long array is not copied each time it outgrows its storage.
    private mutating func reserveNews(readFrom start: Int, to end: Int, textSize: Int) {
        let estimate = news.count + (textSize - end) / max(1, (end - start) / news.count)
        news.reserveCapacity(estimate)
        newsChecks.reserveCapacity(estimate)
        newsPlaces.reserveCapacity(estimate)
        newsIndex.reserveCapacity(estimate)
    }

    /// Notes an id; a repeated one is a problem, worded by the slow path.
    private mutating func keep(_ id: String, of kind: RecordKind) throws(ScanAbandoned) {
        guard ids[kind, default: []].insert(id).inserted else { throw ScanAbandoned() }
    }
}
