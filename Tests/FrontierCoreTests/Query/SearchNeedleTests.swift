@testable import FrontierCore
import Testing

/// The needle search, both ways (jumping to a rare byte, or testing two common bytes 32 places
/// at a time), against the plainest search there is.
@Suite struct SearchNeedleTests {
    /// The first place at or after `start` where `needle` lies wholly before `end`.
    private func plainMatch(_ needle: [UInt8], in text: [UInt8], from start: Int, to end: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard end - start >= needle.count else { return nil }
        return (start...(end - needle.count)).first { Array(text[$0..<$0 + needle.count]) == needle }
    }

    private func counts(_ text: [UInt8]) -> [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for byte in text { counts[Int(byte)] += 1 }
        return counts
    }

    @Test func bothWaysFindTheFirstMatchWithinTheRange() {
        var random = Seeded(seed: 14)
        // Few letters, so every needle's bytes are common and matches are many and close.
        let alphabet = Array("abc d\u{0}".utf8)
        let text = (0..<6_000).map { _ in alphabet[random.next(below: alphabet.count)] }
        let byteCounts = counts(text)
        var paired = 0
        text.withUnsafeBytes { buffer in
            for _ in 0..<3_000 {
                let length = 1 + random.next(below: 7)
                let needleBytes = (0..<length).map { _ in alphabet[random.next(below: 4)] }
                let needle = SearchNeedle(String(decoding: needleBytes, as: UTF8.self), byteCounts: byteCounts)
                if needle.testsTwoBytes { paired += 1 }
                let start = random.next(below: text.count)
                let end = min(text.count, start + random.next(below: 2_000))
                #expect(needle.firstMatch(in: buffer, from: start, to: end) == plainMatch(needleBytes, in: text, from: start, to: end),
                        "\(needleBytes) in \(start)..<\(end)")
            }
        }
        // Every needle longer than one byte of this text takes the two-byte test.
        #expect(paired > 2_000)
    }

    @Test func aMatchCrossingTheEndOfTheRangeIsNotFound() {
        var random = Seeded(seed: 16)
        // Two letters and ten-byte needles: each needle's bytes are common, its matches rare.
        let text = (0..<20_000).map { _ in random.next(below: 2) == 0 ? UInt8(ascii: "a") : UInt8(ascii: "b") }
        let byteCounts = counts(text)
        var crossing = 0
        text.withUnsafeBytes { buffer in
            for _ in 0..<3_000 {
                let match = random.next(below: text.count - 10)
                let needleBytes = Array(text[match..<match + 10])
                let needle = SearchNeedle(String(decoding: needleBytes, as: UTF8.self), byteCounts: byteCounts)
                #expect(needle.testsTwoBytes)
                // The range ends one byte into the match, or right after it.
                let end = match + 9 + random.next(below: 2)
                let start = max(0, end - 33 - random.next(below: 300))
                let expected = plainMatch(needleBytes, in: text, from: start, to: end)
                if expected == nil { crossing += 1 }
                #expect(needle.firstMatch(in: buffer, from: start, to: end) == expected, "\(start)..<\(end), match at \(match)")
            }
        }
        #expect(crossing > 500)
    }

    @Test func aRareByteIsJumpedToAndFoundAtTheVeryEnds() {
        var text = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000)
        text[0] = UInt8(ascii: "q")
        text[9_999] = UInt8(ascii: "q")
        text[5_000] = UInt8(ascii: "q")
        let byteCounts = counts(text)
        let rare = SearchNeedle("qa", byteCounts: byteCounts)
        #expect(!rare.testsTwoBytes)
        let common = SearchNeedle("aaq", byteCounts: byteCounts + [])
        #expect(!common.testsTwoBytes, "its rarest byte, q, is rare")
        let plain = SearchNeedle("aaaa", byteCounts: byteCounts)
        #expect(plain.testsTwoBytes)
        text.withUnsafeBytes { buffer in
            #expect(rare.firstMatch(in: buffer, from: 0, to: 10_000) == 0)
            #expect(rare.firstMatch(in: buffer, from: 1, to: 10_000) == 5_000)
            #expect(rare.firstMatch(in: buffer, from: 5_001, to: 10_000) == nil)
            #expect(common.firstMatch(in: buffer, from: 0, to: 10_000) == 4_998)
            #expect(common.firstMatch(in: buffer, from: 4_999, to: 10_000) == 9_997)
            #expect(plain.firstMatch(in: buffer, from: 9_990, to: 10_000) == 9_990)
            #expect(plain.firstMatch(in: buffer, from: 9_996, to: 9_999) == nil)
            #expect(plain.firstMatch(in: buffer, from: 4_996, to: 10_000) == 4_996)
            #expect(plain.firstMatch(in: buffer, from: 4_997, to: 10_000) == 5_001)
        }
    }
}
