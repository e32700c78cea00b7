@testable import FrontierCore
import Testing

@Suite struct BytePoolTests {
    /// Every run of bytes gets the value made for it, pooled or not: with lookups that give up
    /// at once (as under a flood of colliding strings), values are still right, only not shared.
    @Test(arguments: [1, 64])
    func everyKeyGetsItsOwnValueEvenWhenLookupsGiveUp(probeLimit: Int) {
        let words = (0..<5000).map { "w\($0 % 2500)-\($0 % 7)" }
        let text = Array(words.joined(separator: " ").utf8)
        var pool = BytePool<String>(probeLimit: probeLimit)
        var made = 0
        text.withUnsafeBufferPointer { buffer in
            var start = 0
            for word in words {
                let count = word.utf8.count
                let value = pool.value(at: start, count: count, in: buffer) { () -> String in
                    made += 1
                    return String(decoding: buffer[start..<start + count], as: UTF8.self)
                }
                #expect(value == word)
                start += count + 1
            }
        }
        let distinct = Set(words).count
        if probeLimit == 64 { #expect(made == distinct) } else { #expect(made >= distinct) }
    }

    /// A thousand small news items followed by a large other array: the room reserved for news
    /// by the size of the rest of the file is given back.
    @Test func roomReservedForNewsTheFileDoesNotHoldIsGivenBack() throws {
        let items = (0..<1100).map { #"{"id": "n\#($0)", "date": "2025-01-01", "headline": "H", "source": "S"}"# }
        let padding = String(repeating: " ", count: 4_000_000)
        let text = #"{"schema": 1, "news": ["# + items.joined(separator: ",") + "]" + padding + "}"
        let scanned = try #require(DatasetScanner.scan(name: "padded.json", bytes: Array(text.utf8)))
        #expect(scanned.news.count == 1100)
        #expect(scanned.news.capacity < 2 * 1100 + 1024)
    }
}
