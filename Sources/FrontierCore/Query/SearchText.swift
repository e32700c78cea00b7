import Foundation

/// The lowercased text of every row of a pane in one byte buffer, for substring search.
///
/// One contiguous buffer instead of a string per row keeps a million news items to one
/// allocation, and lets a word be found in all rows with one pass of `memchr` over the buffer
/// rather than one search call per row. Fields are separated by a zero byte, which no query
/// contains, so a phrase never matches across two fields or two rows. Copies share the bytes
/// (`GrowingArray`): the text of news appended to a pane's is not copied with it.
struct SearchText: Sendable {
    private(set) var bytes: GrowingArray<UInt8> = []
    /// Row `r` is `bytes[starts[r]..<starts[r + 1]]`.
    private(set) var starts: GrowingArray<Int> = [0]
    /// How often each byte value occurs, so a needle can be searched by its rarest byte.
    private(set) var byteCounts = [Int](repeating: 0, count: 256)
    /// How many bytes `byteCounts` has counted.
    private var counted = 0

    var rowCount: Int { starts.count - 1 }

    /// Adds `text` lowercased to the row being built.
    mutating func append(_ text: String) {
        var text = text
        // Lowercased as it is copied, in branch-free passes; a field with any byte outside
        // ASCII is rare and lowercased by the standard library instead.
        let ascii = text.withUTF8 { utf8 in
            guard utf8.reduce(0, |) < 0x80 else { return false }
            bytes.append(count: utf8.count) { slots in
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    slots[index] = byte &+ (byte &- 65 < 26 ? 32 : 0)
                }
            }
            return true
        }
        if !ascii { bytes.append(contentsOf: text.lowercased().utf8) }
        bytes.append(0)
    }

    /// Adds bytes that are already lowercased (an organization's name, shared by many rows).
    mutating func append(lowercasedBytes: [UInt8]) {
        bytes.append(contentsOf: lowercasedBytes)
        bytes.append(0)
    }

    /// Ends the row being built.
    mutating func endRow() {
        starts.append(bytes.count)
    }

    /// Counts the bytes added since the last count, once every row is in, for choosing
    /// needle anchors.
    ///
    /// A large text is counted in parts on the processor's cores at once.
    mutating func finish() {
        let start = counted, count = bytes.count - start
        let parts = count >= Self.bytesPerPart * 2 ? min(RowParts.cores, count / Self.bytesPerPart) : 1
        let partCounts = bytes.withUnsafeBufferPointer { bytes in
            RowParts.results(parts: parts) { part in
                // Through pointers: indexing an array in the loop checks its uniqueness per byte,
                // which over a million news items' 100 MB cost more than the counting.
                var counts = [Int](repeating: 0, count: 256)
                counts.withUnsafeMutableBufferPointer { counts in
                    for byte in bytes[start + count * part / parts..<start + count * (part + 1) / parts] { counts[Int(byte)] += 1 }
                }
                return counts
            }
        }
        for part in partCounts {
            for value in 0..<256 { byteCounts[value] += part[value] }
        }
        counted = bytes.count
    }

    /// `text` prepared for searching this buffer.
    func needle(_ text: String) -> SearchNeedle {
        SearchNeedle(text, byteCounts: byteCounts)
    }

    /// Whether row `row` contains `needle` (lowercased UTF-8).
    func row(_ row: Int, contains needle: SearchNeedle) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            needle.firstMatch(in: UnsafeRawBufferPointer(buffer), from: starts[row], to: starts[row + 1]) != nil
        }
    }

    /// For each row, whether it contains `needle`: one pass over the whole buffer.
    ///
    /// A large buffer is searched in parts on the processor's cores at once (a keystroke over
    /// a million news items searches some 100 MB); each part covers whole rows and writes only
    /// its own rows' answers.
    ///
    /// - Parameter parts: how many parts to search at once; nil chooses by size (tests force it).
    func rowsContaining(_ needle: SearchNeedle, parts: Int? = nil) -> [Bool] {
        guard !needle.isEmpty else { return [Bool](repeating: true, count: rowCount) }
        let parts = parts ?? (bytes.count >= Self.bytesPerPart * 2 ? min(RowParts.cores, bytes.count / Self.bytesPerPart) : 1)
        return bytes.withUnsafeBufferPointer { buffer in
            let buffer = UnsafeRawBufferPointer(buffer)
            return RowParts.answers(rows: rowCount, parts: parts) { rows, answers in search(needle, rows: rows, in: buffer, answers: answers) }
        }
    }

    /// Below this many bytes per part, starting threads costs more than it saves.
    static let bytesPerPart = 4 << 20

    private func search(_ needle: SearchNeedle, rows: Range<Int>, in buffer: UnsafeRawBufferPointer,
                        answers: UnsafeMutableBufferPointer<Bool>) {
        guard !rows.isEmpty else { return }
        let end = starts[rows.upperBound]
        var offset = starts[rows.lowerBound]
        var row = rows.lowerBound
        while let match = needle.firstMatch(in: buffer, from: offset, to: end) {
            row = rowIndex(containing: match, from: row)
            answers[row] = true
            // One hit is enough for a row; continue after it.
            offset = starts[row + 1]
        }
    }

    /// The row whose bytes include `offset`, searching forward from `low` (hits only move forward).
    ///
    /// Gallops before bisecting: the next hit is usually a few rows on, so this costs a step or
    /// two rather than a search over the whole pane.
    private func rowIndex(containing offset: Int, from low: Int) -> Int {
        var low = low
        var step = 1
        while low + step < rowCount, starts[low + step] <= offset {
            low += step
            step *= 2
        }
        var high = min(rowCount - 1, low + step)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// A lowercased word or phrase prepared for fast search.
///
/// A needle whose rarest byte is rare in the text is found by jumping with `memchr` to that
/// byte and comparing the rest only there ("xai" stops only at the few `x`s). A needle made only of
/// common bytes ("open", "weights") would stop every few bytes that way, so over a long text it
/// tests two of its bytes at once, 32 places per step, and compares the rest only where both
/// agree.
struct SearchNeedle: Sendable {
    let bytes: [UInt8]
    /// The place in the needle of its rarest byte in the text searched.
    private let anchor: Int
    /// The place of the next rarest byte, for the two-byte test; nil for a one-byte needle or
    /// when the anchor alone is rare enough.
    private let pair: Int?

    /// `byteCounts` are the searched text's byte frequencies; without them, the first byte anchors.
    init(_ text: String, byteCounts: [Int]? = nil) {
        let bytes = Array(text.lowercased().utf8)
        self.bytes = bytes
        guard let byteCounts else {
            anchor = 0
            pair = nil
            return
        }
        let byRarity = bytes.indices.sorted { (byteCounts[Int(bytes[$0])], $0) < (byteCounts[Int(bytes[$1])], $1) }
        anchor = byRarity.first ?? 0
        let total = byteCounts.reduce(0, +)
        // Rarer than one byte in 2,000, the anchor leaves memchr long runs to skip.
        let rare = byRarity.first.map { byteCounts[Int(bytes[$0])] * 2000 < total } ?? true
        pair = rare || byRarity.count < 2 ? nil : byRarity[1]
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether a long text is searched two bytes at a time (for tests).
    var testsTwoBytes: Bool { pair != nil }

    /// The offset of the first match in `buffer[from..<to]`, or nil.
    func firstMatch(in buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        let count = bytes.count
        guard count > 0, let base = buffer.baseAddress, end - start >= count else { return count == 0 ? start : nil }
        return bytes.withUnsafeBytes { needle -> Int? in
            var start = start
            if let pair, end - start >= Self.pairedLength {
                if let found = pairedMatch(base: base, needle: needle, pair: pair, start: &start, end: end) { return found }
            }
            let anchorByte = Int32(needle[anchor])
            // The anchor byte of a match lies in [start + anchor, end - count + anchor].
            var cursor = start + anchor
            let limit = end - count + anchor + 1
            while cursor < limit {
                guard let found = memchr(base + cursor, anchorByte, limit - cursor) else { return nil }
                let candidate = base.distance(to: UnsafeRawPointer(found)) - anchor
                if memcmp(base + candidate, needle.baseAddress!, count) == 0 { return candidate }
                cursor = candidate + anchor + 1
            }
            return nil
        }
    }

    /// Below this many bytes the two-byte test does not pay for itself.
    private static let pairedLength = 256

    /// The first match starting in whole blocks of 32 places from `start`, testing the anchor
    /// and pair bytes of all 32 at once; on nil, `start` is where the blocks ended (the rest,
    /// fewer than 32 places, is left to the caller).
    private func pairedMatch(base: UnsafeRawPointer, needle: UnsafeRawBufferPointer, pair: Int,
                             start: inout Int, end: Int) -> Int? {
        let count = needle.count
        let anchorBytes = SIMD32<UInt8>(repeating: needle[anchor])
        let pairBytes = SIMD32<UInt8>(repeating: needle[pair])
        // A match may start at most at `end - count`; a block covers places position..<position + 32.
        let lastStart = end - count
        var position = start
        while position + 31 <= lastStart {
            let atAnchor = base.loadUnaligned(fromByteOffset: position + anchor, as: SIMD32<UInt8>.self)
            let atPair = base.loadUnaligned(fromByteOffset: position + pair, as: SIMD32<UInt8>.self)
            // Lanes are all ones where both bytes agree. Read as four words, not through `any`,
            // which the compiler leaves as a call that tests lane by lane.
            let lanes = unsafeBitCast((atAnchor .== anchorBytes) .& (atPair .== pairBytes), to: SIMD4<UInt64>.self)
            if lanes[0] | lanes[1] | lanes[2] | lanes[3] != 0 {
                for word in 0..<4 {
                    var bits = lanes[word]
                    while bits != 0 {
                        let lane = bits.trailingZeroBitCount / 8
                        let candidate = position + word * 8 + lane
                        if memcmp(base + candidate, needle.baseAddress!, count) == 0 { return candidate }
                        bits &= ~(UInt64(0xFF) << UInt64(lane * 8))
                    }
                }
            }
            position += 32
        }
        start = position
        return nil
    }
}
