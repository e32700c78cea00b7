extension Grid {
    /// Writes `text` fitted to exactly `width` columns: truncated with `ellipsis`, then padded.
    ///
    /// Every cell of the field is written, so a shorter value clears what was there before and a
    /// longer one never spills into the next column. The text must already be sanitized.
    public mutating func write(
        _ text: String, x: Int, y: Int, width: Int,
        alignment: Alignment = .left, ellipsis: String = "…", style: Style = .plain
    ) {
        guard width > 0 else { return }
        put(TextLayout.fit(text, toWidth: width, alignment: alignment, ellipsis: ellipsis),
            x: x, y: y, maxWidth: width, style: style)
    }

    /// Writes styled spans one after another within `width` columns and returns the columns used.
    ///
    /// When they do not fit, the line is cut and ends in `ellipsis`, drawn in the style of the
    /// span it cut. Each span's style is laid over `base`. The spans must already be sanitized.
    @discardableResult
    public mutating func write(
        spans: [Span], x: Int, y: Int, width: Int, ellipsis: String = "…", base: Style = .plain
    ) -> Int {
        guard width > 0 else { return 0 }
        let total = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let cuts = total > width
        let budget = cuts && ellipsisWidth <= width ? width - ellipsisWidth : width
        var used = 0
        for span in spans {
            let style = base.patched(with: span.style)
            let piece = TextLayout.prefix(of: span.text, fitting: budget - used)
            used += put(piece, x: x + used, y: y, maxWidth: budget - used, style: style)
            if DisplayWidth.of(piece) < DisplayWidth.of(span.text) {
                if cuts, ellipsisWidth <= width - used {
                    used += put(ellipsis, x: x + used, y: y, maxWidth: width - used, style: style)
                }
                break
            }
        }
        return used
    }
}
