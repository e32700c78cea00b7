import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing

private let context = ImportContext(sourceName: "Feed", location: "feed.xml", retrieved: DayDate(year: 2025, month: 2, day: 10)!)

private func feed(declaring encoding: String) -> String {
    """
    <?xml version="1.0" encoding="\(encoding)"?>
    <rss version="2.0"><channel><title>T</title>
    <item><title>Modèle – 模型 «ok»</title><guid>g1</guid><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
    </channel></rss>
    """
}

private func headlines(_ bytes: [UInt8]) throws -> [String] {
    try FeedImporter.parse(bytes, context: context).news.map(\.headline)
}

/// Issue 12, point 7: XML 1.0 appendix F. UTF-16 without a byte order mark and UTF-32 are read;
/// an encoding the reader cannot decode is refused with its name.
@Suite struct XMLTextEncodingTests {
    @Test(arguments: [
        ("UTF-16LE", String.Encoding.utf16LittleEndian, [UInt8]()),
        ("UTF-16BE", .utf16BigEndian, []),
        ("UTF-16", .utf16LittleEndian, [0xFF, 0xFE]),
        ("UTF-16", .utf16BigEndian, [0xFE, 0xFF]),
        ("UTF-32", .utf32LittleEndian, [0xFF, 0xFE, 0x00, 0x00]),
        ("UTF-32", .utf32BigEndian, [0x00, 0x00, 0xFE, 0xFF]),
        ("UTF-32LE", .utf32LittleEndian, []),
        ("UTF-32BE", .utf32BigEndian, []),
        ("UTF-8", .utf8, [0xEF, 0xBB, 0xBF]),
    ] as [(String, String.Encoding, [UInt8])])
    func unicodeEncodingsWithAndWithoutAByteOrderMarkRead(name: String, encoding: String.Encoding, mark: [UInt8]) throws {
        let data = try #require(feed(declaring: name).data(using: encoding))
        #expect(try headlines(mark + Array(data)) == ["Modèle – 模型 «ok»"])
    }

    @Test func declaredSingleByteEncodingsAreDecoded() throws {
        let cp1251 = try #require("""
            <?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>T</title>\
            <item><title>Привет</title><guid>g</guid><pubDate>5 Apr 2025 18:00 GMT</pubDate></item></channel></rss>
            """.data(using: .windowsCP1251))
        #expect(try headlines(Array(cp1251)) == ["Привет"])
        let latin1 = try #require(feed(declaring: "ISO-8859-1").replacingOccurrences(of: " – 模型", with: "")
            .data(using: .isoLatin1))
        #expect(try headlines(Array(latin1)) == ["Modèle «ok»"])
    }

    @Test func anEncodingTheReaderCannotDecodeIsRefusedByName() {
        let bytes = Array(feed(declaring: "GB2312").replacingOccurrences(of: "模型", with: "mx").utf8)
        #expect(throws: ImportError(place: "feed.xml:1:1", message: "not a readable feed: the document declares encoding \"GB2312\", which this reader does not decode; convert it to UTF-8")) {
            try FeedImporter.parse(bytes, context: context)
        }
        // EBCDIC's `<?xm`, as appendix F gives it.
        #expect(throws: ImportError(place: "feed.xml:1:1", message: "not a readable feed: the document is in EBCDIC, which this reader does not decode; convert it to UTF-8")) {
            try FeedImporter.parse([0x4C, 0x6F, 0xA7, 0x94, 0x40, 0x40], context: context)
        }
    }

    @Test func utf16ThatBreaksOffIsAnErrorNotGarbage() {
        var bytes = Array(feed(declaring: "UTF-16LE").data(using: .utf16LittleEndian)!)
        bytes.append(0x00)
        bytes.append(contentsOf: [0x00, 0xD8]) // a lone high surrogate
        #expect(throws: ImportError.self) { try FeedImporter.parse(bytes, context: context) }
    }
}
