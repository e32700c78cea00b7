/// A file the scanner read, kept until the references of the news it read are checked.
///
/// The scanner makes no `DeferredCheck`s for the news it reads: a hundred thousand items would
/// carry a few hundred thousand, each with a path and a position, and almost all references
/// resolve. The merger checks such an item's references against the merged ids at once, and
/// only for an item with one that does not resolve reads its record again from this text, the
/// slow way, for the checks that word the problem at its exact place.
final class ScannedText: Sendable {
    /// The file as the user named it.
    let name: String
    private let bytes: [UInt8]
    /// Where each element of the file's `news` array starts.
    private let newsPlaces: [TextPlace]

    init(name: String, bytes: [UInt8], newsPlaces: [TextPlace]) {
        self.name = name
        self.bytes = bytes
        self.newsPlaces = newsPlaces
    }

    /// The checks the slow decoder makes for element `index` of the `news` array.
    func checksOfNews(_ index: Int) -> [DeferredCheck] {
        bytes.withUnsafeBufferPointer { buffer in
            let path = JSONPath.appending(index: index, to: RecordKind.news.datasetKey)
            guard let parsed = try? JSONParser.parseValue(in: buffer, at: newsPlaces[index],
                                                          path: [.key(RecordKind.news.datasetKey), .index(index)], depth: 2)
            else { return [] }
            let context = DecodingContext(file: name)
            return DatasetDecoder.decodeRecord(kind: .news, value: parsed.document.root, path: path, context: context)?.checks ?? []
        }
    }
}
