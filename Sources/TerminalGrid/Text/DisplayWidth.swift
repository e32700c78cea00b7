/// How many terminal columns a grapheme or a string takes: 0, 1 or 2 per grapheme.
///
/// ncurses counts characters, not columns, so every clip and every column calculation in the
/// toolkit goes through here. The rules follow what terminals actually draw: East Asian Wide and
/// Fullwidth characters and emoji presentation take two columns, marks and invisible format
/// characters take none, everything else takes one.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes: its base scalar's width, widened to 2 for emoji.
    ///
    /// Combining marks, variation selectors and joiners add nothing; a text-default emoji turns
    /// wide when followed by U+FE0F or joined to another emoji, as terminals draw it that way.
    public static func of(_ character: Character) -> Int {
        // Printable ASCII on its own, most of any screen: one column, with no property lookup
        // (each costs a table search, and a frame has thousands of characters).
        if character.utf8.count == 1, let byte = character.utf8.first, byte >= 0x20, byte < 0x7F { return 1 }
        // So does any other scalar alone that `SimpleText` knows (box drawing and blocks, every
        // border and bar, Latin, punctuation, arrows): its width is in the table.
        let scalars = character.unicodeScalars
        if let first = scalars.first, first.value < 0x3000, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            let width = SimpleText.widths[Int(first.value)]
            if width > 0 { return Int(width) }
        }
        var base: Unicode.Scalar?
        var hasEmojiSelector = false
        var isJoinedSequence = false
        var previousWasJoiner = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { hasEmojiSelector = true }
            if previousWasJoiner, scalar.properties.isEmoji { isJoinedSequence = true }
            previousWasJoiner = scalar.value == 0x200D
            if base == nil, width(of: scalar) > 0 { base = scalar }
        }
        guard let base else { return 0 }
        let properties = base.properties
        if properties.isEmojiPresentation { return 2 }
        if properties.isEmoji, hasEmojiSelector || isJoinedSequence { return 2 }
        return width(of: base)
    }

    /// The columns a string takes: the sum of its graphemes' widths.
    public static func of(_ text: String) -> Int {
        if let width = SimpleText.width(of: text) { return width }
        return graphemeWidth(of: text)
    }

    /// `of(text)` the long way, one grapheme cluster at a time (what `SimpleText` shortens).
    static func graphemeWidth(of text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The columns one scalar takes on its own, before grapheme and emoji rules.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Printable ASCII is by far the most common input; answer it without property lookups.
        if value >= 0x20, value < 0x7F { return 1 }
        if value == 0 || isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the syllable before them.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint { return true }
        switch properties.generalCategory {
        case .control, .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth ranges that are not emoji (emoji are found by property).
    /// Unassigned code points inside these blocks are included, as terminals draw them wide.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi radicals, ideographic description, CJK punctuation
        0x3041...0x3247,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
        0x3250...0x4DBF,    // enclosed CJK, CJK compatibility, CJK extension A
        0x4E00...0xA4CF,    // CJK unified ideographs, Yi syllables and radicals
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x1B2FF,  // Tangut, Khitan, Nushu, Kana supplements
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extension B and later, plane 2
        0x30000...0x3FFFD,  // CJK extension G and later, plane 3
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
