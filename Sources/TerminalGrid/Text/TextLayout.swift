/// Fitting text into a number of columns: truncating with an ellipsis and padding.
///
/// Everything counts display columns, never characters, and never splits a wide glyph, so a
/// string fitted to a column can be written without overrunning the next one.
public enum TextLayout {
    /// The longest prefix of `text` that fits in `width` columns, ending in `ellipsis` when cut.
    ///
    /// Text that already fits is returned unchanged. When the ellipsis itself does not fit, the
    /// text is cut without it, since a column of dots says less than the first letters. A wide
    /// glyph that would straddle the limit is left out, so the result may be one column short.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if ellipsisWidth > width { return prefix(of: text, fitting: width) }
        return prefix(of: text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// `text` cut in the middle to fit `width` columns, keeping its start and its end around
    /// `ellipsis`: for URLs and paths, whose host and file name say more than what lies between.
    ///
    /// The end gets the larger half. Text that already fits is returned unchanged; when the
    /// ellipsis does not fit, the start alone is kept.
    public static func truncateMiddle(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return prefix(of: text, fitting: width) }
        let head = prefix(of: text, fitting: room / 2)
        return head + ellipsis + suffix(of: text, fitting: room - DisplayWidth.of(head))
    }

    /// `text` with spaces added to reach `width` columns; wider text is returned unchanged.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let missing = width - DisplayWidth.of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: missing - left)
        }
    }

    /// `text` truncated and padded to exactly `width` columns.
    public static func fit(
        _ text: String, toWidth width: Int, alignment: Alignment = .left, ellipsis: String = "…"
    ) -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    /// The longest suffix of `text` whose width is at most `width`.
    static func suffix(of text: String, fitting width: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let glyphWidth = DisplayWidth.of(text[previous])
            if used + glyphWidth > width { break }
            used += glyphWidth
            start = previous
        }
        return String(text[start...])
    }

    /// The longest prefix of `text` whose width is at most `width`.
    static func prefix(of text: String, fitting width: Int) -> String {
        if SimpleText.width(of: text) != nil {
            var used = 0
            var end = text.unicodeScalars.startIndex
            for index in text.unicodeScalars.indices {
                let glyphWidth = SimpleText.width(of: text.unicodeScalars[index])
                if used + glyphWidth > width { break }
                used += glyphWidth
                end = text.unicodeScalars.index(after: index)
            }
            return String(text.unicodeScalars[..<end])
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let glyphWidth = DisplayWidth.of(text[index])
            if used + glyphWidth > width { break }
            used += glyphWidth
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
