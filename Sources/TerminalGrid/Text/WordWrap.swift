/// Breaks text into lines of at most a given number of columns, at spaces where it can.
///
/// Detail views show full headlines, URLs and notes; a word longer than a line (a URL) is cut
/// at the width rather than overflowing the border.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            let separator = current.isEmpty ? 0 : 1
            if currentWidth + separator + wordWidth <= width {
                current += (current.isEmpty ? "" : " ") + word
                currentWidth += separator + wordWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                let head = prefix(of: word, fitting: width)
                guard !head.isEmpty else { break }
                lines.append(head)
                word = String(word.dropFirst(head.count))
                wordWidth = DisplayWidth.of(word)
            }
            current = word
            currentWidth = wordWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    private static func prefix(of text: String, fitting width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let glyphWidth = DisplayWidth.of(character)
            if used + glyphWidth > width { break }
            used += glyphWidth
            result.append(character)
        }
        // A single glyph wider than the line still has to go somewhere.
        if result.isEmpty, let first = text.first { result.append(first) }
        return result
    }
}
