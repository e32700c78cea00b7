import TerminalGrid

/// How much of one data string a view looks at: long values are cut with `…` before they are
/// sanitized, measured and drawn.
///
/// Every step between a value and its cells (sanitizing, display width, wrapping) walks the
/// whole string, and a frame repeats them for every visible row. One 10 MB headline made each
/// keystroke take seconds, in any pane, because the News pane is drawn in every frame. No row
/// is wider than a few hundred columns and no detail view is read past a few screens, so the
/// cut is invisible for real data and makes a frame's cost independent of field length. Only
/// the display is cut: the dataset, `list` and the JSON outputs keep the whole value.
enum DisplayCut {
    /// Characters kept of a table cell: far wider than any terminal.
    static let row = 1_000
    /// Characters kept of a detail-view value or paragraph: a few screens of wrapped text.
    static let detail = 4_000

    /// `text`, or its first `maximum` characters followed by `…`.
    static func cut(_ text: String, to maximum: Int) -> String {
        // A character is at least one UTF-8 byte, so a string of at most `maximum` bytes needs no
        // counting; the byte count of a native string is known without walking it.
        guard text.utf8.count > maximum else { return text }
        var end = text.startIndex
        guard text.formIndex(&end, offsetBy: maximum, limitedBy: text.endIndex), end < text.endIndex else { return text }
        return String(text[..<end]) + "…"
    }

    /// The span with its text cut to `maximum` characters.
    static func cut(_ span: Span, to maximum: Int) -> Span {
        Span(cut(span.text, to: maximum), style: span.style)
    }
}
