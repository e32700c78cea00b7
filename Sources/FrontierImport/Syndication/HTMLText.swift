import FrontierCore

/// Turns the HTML feeds put in titles and summaries into one line of plain text.
///
/// Not an HTML parser: for a headline or a summary only the words matter, so tags are dropped,
/// the contents of `script` and `style` with them, block-level tags (`p`, `br`, `li`, ...) become
/// spaces so words on either side stay apart, entities are decoded and whitespace collapses.
enum HTMLText {
    /// The words of an HTML fragment, as one trimmed line.
    ///
    /// Some feeds escape their HTML twice (`&amp;lt;b&amp;gt;`), so after one round the text
    /// still reads as markup (`<b>`, `&rsquo;`). While decoding is what made it so, another round
    /// is taken, up to three in all. The cost is that a headline about a tag whose HTML already decodes to a
    /// tag (`the &lt;blink&gt; tag`) loses it; feeds that do that are rarer than doubly escaped ones.
    static func plainText(fromHTML html: String) -> String {
        var source = html
        for _ in 0..<3 {
            let stripped = strippingTags(source)
            let text = CharacterEntities.decode(stripped)
            // Markup that was already there unescaped (CDATA inside HTML) is text, not a second layer.
            guard text != stripped, looksLikeMarkup(text) else { return collapsed(text) }
            source = text
        }
        return collapsed(source)
    }

    /// The words of an XHTML tree, such as an Atom `type="xhtml"` content's `div`.
    ///
    /// Its text nodes are already decoded by the XML reader, so they are taken as they are.
    static func plainText(fromXHTML element: XMLTreeElement) -> String {
        var result = ""
        appendWords(of: element, to: &result)
        return collapsed(result)
    }

    private static func appendWords(of element: XMLTreeElement, to result: inout String) {
        for child in element.children {
            switch child {
            case .text(let text):
                result += text
            case .element(let inner):
                let name = inner.localName.lowercased()
                if skippedElements.contains(name) { continue }
                let block = blockElements.contains(name)
                if block { result += " " }
                appendWords(of: inner, to: &result)
                if block { result += " " }
            }
        }
    }

    /// Text said to be plain (Atom `type="text"`) on one line, with any tags in it dropped.
    ///
    /// Only tags of elements HTML has are dropped: text that talks about `<think>` tags keeps
    /// them. Entities were decoded by the XML reader, so they are not decoded again here:
    /// `&amp;lt;` stays `&lt;`.
    static func plainText(fromText text: String) -> String {
        collapsed(strippingTags(text, keepingUnknownElements: true))
    }

    /// `text` on one line: runs of whitespace and control characters become one space, soft
    /// hyphens and zero-width spaces go, and the ends are trimmed.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if invisible.contains(scalar.value) { continue }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` cut to at most `limit` characters at a word boundary, ending in `…` when cut.
    ///
    /// A single word longer than half the limit (a URL, text without spaces) is cut mid-word
    /// rather than leaving almost nothing.
    static func capped(_ text: String, at limit: Int = 400) -> String {
        guard limit > 1, text.count > limit else { return text }
        let kept = text.prefix(limit - 1)
        var cut = kept[...]
        if text[kept.endIndex] != " ", let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= limit / 2 {
            cut = kept[..<space]
        }
        while let last = cut.last, last == " " || trailingPunctuation.contains(last) {
            cut = cut.dropLast()
        }
        return cut + "…"
    }

    // MARK: One round

    /// `html` without tags, comments and script or style contents; entities are left for the
    /// caller. A `<` that opens no tag stays as text.
    private static func strippingTags(_ html: String, keepingUnknownElements: Bool = false) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let tag = tag(in: bytes, at: index) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let start = index
            index = tag.end
            switch tag.kind {
            case .cdata(let content):
                result.append(contentsOf: bytes[content])
            case .other:
                break
            case .element(let name, _) where keepingUnknownElements && !textMarkupElements.contains(name):
                result.append(contentsOf: bytes[start..<tag.end])
            case .element(let name, let closing):
                if blockElements.contains(name) {
                    result.append(UInt8(ascii: " "))
                }
                if !closing, skippedElements.contains(name) {
                    index = endOfSkippedContent(in: bytes, from: index, name: name)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Elements that plain-text summaries are found holding; anything else in angle brackets is
    /// taken for words.
    private static let textMarkupElements: Set<String> = [
        "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "div", "dl", "dt", "em", "figure",
        "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
        "s", "small", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "u", "ul",
    ]

    private enum TagKind {
        case element(name: String, closing: Bool)
        case cdata(Range<Int>)
        case other
    }

    /// The tag, comment or declaration starting at the `<` at `start`, and the index after it;
    /// nil when that `<` opens none (`a < b`, or a tag never closed).
    private static func tag(in bytes: [UInt8], at start: Int) -> (kind: TagKind, end: Int)? {
        func find(_ pattern: String, from: Int) -> Int? {
            let pattern = Array(pattern.utf8)
            var candidate = from
            while candidate + pattern.count <= bytes.count {
                if bytes[candidate...].starts(with: pattern) { return candidate }
                candidate += 1
            }
            return nil
        }
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        if bytes[start...].starts(with: Array("<!--".utf8)) {
            let end = find("-->", from: start + 4).map { $0 + 3 } ?? bytes.count
            return (.other, end)
        }
        if bytes[start...].starts(with: Array("<![CDATA[".utf8)) {
            let close = find("]]>", from: start + 9) ?? bytes.count
            return (.cdata((start + 9)..<close), min(bytes.count, close + 3))
        }
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            guard let end = find(">", from: start + 2) else { return nil }
            return (.other, end + 1)
        }
        let closing = next == UInt8(ascii: "/")
        var index = start + (closing ? 2 : 1)
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index])
            || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ":") {
            index += 1
        }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        // Attribute values may hold `>`, so quotes are honoured on the way to the tag's end.
        var quote: UInt8? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return (.element(name: name, closing: closing), index + 1)
            } else if byte == UInt8(ascii: "<") {
                // A new tag starts before this one ended: this `<` was text after all.
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Where the text after `</name>` starts, or the end when the element is never closed.
    private static func endOfSkippedContent(in bytes: [UInt8], from start: Int, name: String) -> Int {
        let closing = Array("</\(name)".utf8)
        var index = start
        while index + closing.count <= bytes.count {
            var matches = true
            for offset in 0..<closing.count {
                var byte = bytes[index + offset]
                if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
                if byte != closing[offset] {
                    matches = false
                    break
                }
            }
            if matches {
                var end = index + closing.count
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") {
                    end += 1
                }
                return min(bytes.count, end + 1)
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether decoded text still holds a tag (`<b>`, `</p>`) or a known entity (`&amp;`).
    private static func looksLikeMarkup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if tag(in: bytes, at: index) != nil { return true }
            case UInt8(ascii: "&"):
                if CharacterEntities.reference(in: bytes, at: index) != nil { return true }
            default:
                continue
            }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Elements whose content is not text for a reader.
    private static let skippedElements: Set<String> = ["script", "style", "noscript", "template"]

    /// Elements that separate words, so `<p>a</p><p>b</p>` reads `a b`, not `ab`.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "ol", "p", "pre",
        "section", "table", "td", "th", "tr", "ul",
    ]

    /// U+00AD soft hyphen, U+200B zero-width space, U+FEFF byte order mark.
    private static let invisible: Set<UInt32> = [0xAD, 0x200B, 0xFEFF]

    private static let trailingPunctuation: Set<Character> = [",", ";", ":", "-", "–", "—", "("]
}
