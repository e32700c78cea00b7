import Foundation

/// The lowercased text of every row of a pane in one byte buffer, for substring search.
///
/// One contiguous buffer instead of a string per row keeps a million news items to one
/// allocation, and lets a word be found in all rows with one pass of `memchr` over the buffer
/// rather than one search call per row. Fields are separated by a zero byte, which no query
/// contains, so a phrase never matches across two fields or two rows.
struct SearchText: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Row `r` is `bytes[starts[r]..<starts[r + 1]]`.
    private(set) var starts: [Int] = [0]
    /// How often each byte value occurs, so a needle can be searched by its rarest byte.
    private(set) var byteCounts = [Int](repeating: 0, count: 256)
    /// How many bytes `byteCounts` has counted.
    private var counted = 0

    var rowCount: Int { starts.count - 1 }

    /// Adds `text` lowercased to the row being built.
    mutating func append(_ text: String) {
        var text = text
        let ascii = text.withUTF8 { utf8 in
            // Copied whole, then lowercased in place; a field with any byte outside ASCII is
            // rare and lowercased by the standard library instead.
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
            let mark = bytes.count
            bytes.append(contentsOf: utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                for index in mark..<buffer.count where buffer[index] >= 65 && buffer[index] <= 90 { buffer[index] += 32 }
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
    mutating func finish() {
        var counts = byteCounts
        for byte in bytes[counted...] { counts[Int(byte)] += 1 }
        byteCounts = counts
        counted = bytes.count
    }

    /// `text` prepared for searching this buffer.
    func needle(_ text: String) -> SearchNeedle {
        SearchNeedle(text, byteCounts: byteCounts)
    }

    /// Whether row `row` contains `needle` (lowercased UTF-8).
    func row(_ row: Int, contains needle: SearchNeedle) -> Bool {
        bytes.withUnsafeBytes { buffer in
            needle.firstMatch(in: buffer, from: starts[row], to: starts[row + 1]) != nil
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
        return bytes.withUnsafeBytes { buffer in
            RowParts.answers(rows: rowCount, parts: parts) { rows, answers in search(needle, rows: rows, in: buffer, answers: answers) }
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
/// The search jumps with `memchr` to the needle's rarest byte in the text being searched and
/// compares the rest only there: "panic" is found by its `k`-like rare letters, not by stopping
/// at every `a`.
struct SearchNeedle: Sendable {
    let bytes: [UInt8]
    private let anchor: Int

    /// `byteCounts` are the searched text's byte frequencies; without them, the first byte anchors.
    init(_ text: String, byteCounts: [Int]? = nil) {
        let bytes = Array(text.lowercased().utf8)
        self.bytes = bytes
        guard let byteCounts else {
            anchor = 0
            return
        }
        anchor = bytes.indices.min { byteCounts[Int(bytes[$0])] < byteCounts[Int(bytes[$1])] } ?? 0
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The offset of the first match in `buffer[from..<to]`, or nil.
    func firstMatch(in buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        let count = bytes.count
        guard count > 0, let base = buffer.baseAddress, end - start >= count else { return count == 0 ? start : nil }
        return bytes.withUnsafeBytes { needle -> Int? in
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
}
