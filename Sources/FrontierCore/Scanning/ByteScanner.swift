/// Walks a UTF-8 JSON text as strictly as `JSONParser` reads it, without building values.
///
/// The dataset scanner uses it to read records straight into model values. It accepts only
/// what `JSONParser` accepts; at anything else (a syntax error, or JSON the scanner does not
/// read itself) it throws `ScanAbandoned` and the caller reads the text the slow way, which
/// finds the same records and words every problem. It tracks lines as it goes, so any place
/// it passes can be turned into the line and column a diagnostic shows.
struct ByteScanner {
    /// A string as it stands in the text: its content's bytes, whether it has escapes, and
    /// where its opening quote is.
    struct StringSpan {
        var start: Int
        var end: Int
        var escaped: Bool
        var place: TextPlace

        var count: Int { end - start }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    private(set) var index = 0
    private var line = 1
    private var lineStart = 0
    private var continuationBytes = 0

    /// Nil for a buffer with no bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        self.bytes = bytes
        self.base = base
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
    }

    /// Where the scanner is, for a diagnostic or for reading the value there again.
    var place: TextPlace {
        TextPlace(offset: index, line: line, lineStart: lineStart, continuationBytes: continuationBytes)
    }

    /// Goes on from `place`, which a parse of the value before it ended at.
    mutating func move(to place: TextPlace) {
        index = place.offset
        line = place.line
        lineStart = place.lineStart
        continuationBytes = place.continuationBytes
    }

    var atEnd: Bool { index >= bytes.count }

    /// The byte at the cursor, 0 at the end (0 never starts a JSON token).
    var current: UInt8 { index < bytes.count ? base[index] : 0 }

    mutating func skipWhitespace() {
        let raw = UnsafeRawPointer(base)
        while index < bytes.count {
            let byte = base[index]
            if byte == 0x20 {
                // Indentation comes in runs of spaces: the length of a run of up to eight is
                // read off one word (bytes that are spaces become zero; the first other one
                // ends the run).
                guard bytes.count - index >= 8 else {
                    index += 1
                    continue
                }
                let others = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ 0x2020_2020_2020_2020
                index += others == 0 ? 8 : others.trailingZeroBitCount >> 3
            } else if byte == 0x0A {
                index += 1
                line += 1
                lineStart = index
                continuationBytes = 0
            } else if byte == 0x09 || byte == 0x0D {
                index += 1
            } else {
                return
            }
        }
    }

    /// Skips white space, then takes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, base[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips white space, then requires `byte`.
    mutating func expect(_ byte: UInt8) throws(ScanAbandoned) {
        guard take(byte) else { throw ScanAbandoned() }
    }

    /// After an element or member: true when the container closes with `closing`, false after
    /// a comma (a comma right before the closing bracket is an error, as in `JSONParser`).
    mutating func closes(_ closing: UInt8) throws(ScanAbandoned) -> Bool {
        if take(closing) { return true }
        try expect(UInt8(ascii: ","))
        skipWhitespace()
        if current == closing { throw ScanAbandoned() }
        return false
    }

    /// Reads `true`, `false` or `null` at the cursor: the flag, or nil for `null`.
    mutating func literal() throws(ScanAbandoned) -> Bool? {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        if matches("null") { return nil }
        throw ScanAbandoned()
    }

    /// Takes `null` if it is next.
    mutating func takeNull() -> Bool {
        skipWhitespace()
        return matches("null")
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count, same(index, word) else { return false }
        index += count
        return true
    }

    /// Reads the string at the cursor (after white space), checking its UTF-8 and escapes as
    /// `JSONParser` does; escapes are only skipped here and decoded by `text(of:)`.
    mutating func string() throws(ScanAbandoned) -> StringSpan {
        skipWhitespace()
        guard index < bytes.count, base[index] == UInt8(ascii: "\"") else { throw ScanAbandoned() }
        let place = self.place
        index += 1
        let start = index
        var escaped = false
        while true {
            skipPlainASCII()
            guard index < bytes.count else { throw ScanAbandoned() }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                let span = StringSpan(start: start, end: index, escaped: escaped, place: place)
                index += 1
                return span
            } else if byte == UInt8(ascii: "\\") {
                // The escaped byte cannot end the string; `text(of:)` checks the escape itself.
                escaped = true
                index += 2
            } else if byte < 0x20 {
                throw ScanAbandoned()
            } else {
                guard let length = JSONParser.utf8SequenceLength(in: bytes, at: index) else { throw ScanAbandoned() }
                continuationBytes += length - 1
                index += length
            }
        }
    }

    /// Moves past bytes that need no attention in a string, eight at a time where it can.
    private mutating func skipPlainASCII() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        while bytes.count - index >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte is flagged when it is zero (after the xor), below 0x20, or 0x80 and above.
            let flagged = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | (word &- ones &* 0x20) | word
            if flagged & highs != 0 { break }
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return }
            index += 1
        }
    }

    /// The text of a string read by `string()`; one with escapes is decoded by `JSONParser`,
    /// so escapes mean exactly what they mean to it.
    func text(of span: StringSpan) throws(ScanAbandoned) -> String {
        guard span.escaped else {
            return String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.count), as: UTF8.self)
        }
        guard let parsed = try? JSONParser.parseValue(in: bytes, at: span.place, path: [], depth: 0),
              let text = parsed.document.root.stringValue else { throw ScanAbandoned() }
        return text
    }

    /// The bytes of an unescaped string.
    func buffer(of span: StringSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + span.start, count: span.count)
    }

    /// True when the unescaped string is exactly `word`.
    func span(_ span: StringSpan, is word: StaticString) -> Bool {
        !span.escaped && span.count == word.utf8CodeUnitCount && same(span.start, word)
    }

    /// True when the bytes at `offset` are `word`'s (the caller checked there are enough).
    private func same(_ offset: Int, _ word: StaticString) -> Bool {
        let letters = word.utf8Start
        for position in 0..<word.utf8CodeUnitCount where base[offset + position] != letters[position] { return false }
        return true
    }

    /// Reads the value at the cursor with `JSONParser`, as a whole parse would at this place,
    /// and moves past it. `path` leads to the value and `depth` is how many containers hold it.
    mutating func parseValue(path: [JSONParser.PathComponent], depth: Int) throws(ScanAbandoned) -> JSONDocument {
        skipWhitespace()
        guard let parsed = try? JSONParser.parseValue(in: bytes, at: place, path: path, depth: depth) else {
            throw ScanAbandoned()
        }
        move(to: parsed.end)
        return parsed.document
    }
}

/// The scanner met something it does not read itself, or a syntax error: the caller reads the
/// text the slow way instead.
struct ScanAbandoned: Error {}
