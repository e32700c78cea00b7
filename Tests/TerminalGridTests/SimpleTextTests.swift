import Testing
@testable import TerminalGrid

/// `SimpleText` measures and cuts text scalar by scalar; these check that for every text it
/// accepts, that is exactly what the grapheme-by-grapheme way gives.
@Suite struct SimpleTextTests {
    /// Every scalar it accepts, and a sample of the ones it refuses.
    static let accepted: [Unicode.Scalar] = (0x20..<UInt32(0x3000)).compactMap { value in
        Unicode.Scalar(value).flatMap { SimpleText.width(of: String($0)) != nil ? $0 : nil }
    }

    @Test func eachAcceptedScalarHasTheWidthOfItsGrapheme() {
        #expect(Self.accepted.count > 5_000)
        for scalar in Self.accepted {
            let text = String(scalar)
            #expect(SimpleText.width(of: text) == DisplayWidth.graphemeWidth(of: text), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func acceptedScalarsNeverJoinTheirNeighbours() {
        // Any two accepted scalars side by side are two graphemes (a sample of pairs, plus
        // every accepted scalar after and before a letter, a mark's usual neighbour).
        var generator = SystemRandomNumberGenerator()
        for scalar in Self.accepted {
            #expect(("a" + String(scalar)).count == 2, "a + U+\(String(scalar.value, radix: 16))")
            #expect((String(scalar) + "a").count == 2, "U+\(String(scalar.value, radix: 16)) + a")
        }
        for _ in 0..<200_000 {
            let pair = String(Self.accepted.randomElement(using: &generator)!) + String(Self.accepted.randomElement(using: &generator)!)
            #expect(pair.count == 2, "\(pair.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func marksJoinersAndWideTextAreLeftToTheGraphemeWay() {
        for text in ["e\u{301}", "\u{1100}\u{1161}", "👍", "a\u{200D}b", "✔\u{FE0F}", "中文", "\u{0E01}\u{0E33}", "\u{0915}\u{093F}"] {
            #expect(SimpleText.width(of: text) == nil, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("中文") == 4)
    }

    @Test func writingAndCuttingSimpleTextGivesWhatTheGraphemeWayGives() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...30, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in Self.accepted.randomElement(using: &generator)! }))
            let width = Int.random(in: 0...35, using: &generator)
            #expect(DisplayWidth.of(text) == DisplayWidth.graphemeWidth(of: text))
            // prefix: the longest grapheme prefix within the width.
            var expected = ""
            var used = 0
            for character in text {
                let glyph = DisplayWidth.of(character)
                if used + glyph > width { break }
                used += glyph
                expected.append(character)
            }
            #expect(TextLayout.prefix(of: text, fitting: width) == expected)
            // put: the same cells as one grapheme per cell.
            var fast = Grid(width: 40, height: 1)
            let columns = fast.put(text, x: 1, y: 0, maxWidth: width)
            var slow = Grid(width: 40, height: 1)
            var column = 0
            for character in text {
                let glyph = DisplayWidth.of(character)
                if column + glyph > min(width, 39) {
                    if glyph == 2, column < min(width, 39) { slow[1 + column, 0] = Cell(" "); column += 1 }
                    break
                }
                slow[1 + column, 0] = Cell(String(character))
                if glyph == 2 { slow[1 + column + 1, 0] = .continuation(style: .plain) }
                column += glyph
            }
            #expect(columns == column)
            #expect(fast == slow, "\(text) in \(width)")
        }
    }
}
