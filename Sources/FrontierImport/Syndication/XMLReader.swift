import FrontierCore

/// Reads an XML document into a tree of `XMLTreeElement`s, tolerating what news feeds get wrong.
///
/// Written by hand rather than on `XMLParser` so the binary does not need libxml2 at run time,
/// and because feeds break XML in ways a strict parser rejects while their meaning stays clear.
/// What it forgives: HTML's named entities without a DTD (`&nbsp;`, `&rsquo;`), unknown entities
/// and a bare `&` (kept as written), a `<` that starts no tag (`a < b`), attributes without a
/// value or without quotes, undeclared prefixes, and an end tag that skips unclosed elements
/// (`<p><b>text</p>` closes both) or matches nothing open (ignored). What it refuses, with the
/// line and column: a document that is not markup at all, one that ends inside a tag, comment,
/// CDATA section or open element (a truncated download), a second root element or text after
/// the root, and nesting deeper than `maximumDepth`.
///
/// Lines are counted at line feeds, so `\r\n` files count lines as editors do; columns count
/// Unicode scalars. A UTF-8 byte order mark is skipped; other encodings are converted first by
/// `XMLTextEncoding`.
struct XMLReader {
    /// Deep enough for any feed, shallow enough that the tree cannot exhaust the stack when it is
    /// walked or freed.
    static let maximumDepth = 256

    /// The document's root element; the first unrecoverable error is thrown.
    static func parse(_ bytes: [UInt8]) throws(XMLSyntaxError) -> XMLTreeElement {
        var reader = XMLReader(bytes: try XMLTextEncoding.utf8(bytes))
        return try reader.parseDocument()
    }

    /// An element whose end tag has not been read yet, with the prefixes bound where it is.
    private struct OpenElement {
        var element: XMLTreeElement
        var namespaces: [String: String]
    }

    private let bytes: [UInt8]
    private var index = 0
    /// Positions are worked out lazily, scanning forward from the last one asked for, because
    /// they are needed only at start tags and errors and a feed may be a single long line.
    private var scannedIndex = 0
    private var scannedLine = 1
    private var scannedColumn = 1

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Document

    private mutating func parseDocument() throws(XMLSyntaxError) -> XMLTreeElement {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            scannedIndex = 3
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("the document is empty", at: index) }
            guard bytes[index] == UInt8(ascii: "<") else {
                throw error("not XML: expected '<' but found \(quoted(at: index))", at: index)
            }
            if try skipMarkupOutsideElements() { continue }
            guard index + 1 < bytes.count, isNameStart(bytes[index + 1]) else {
                throw error("expected the root element's start tag", at: index)
            }
            break
        }
        let root = try parseRootElement()
        while true {
            skipWhitespace()
            guard index < bytes.count else { return root }
            if bytes[index] == UInt8(ascii: "<"), try skipMarkupOutsideElements() { continue }
            if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, isNameStart(bytes[index + 1]) {
                throw error("a second root element after </\(root.name)>", at: index)
            }
            throw error("text after the root element </\(root.name)>", at: index)
        }
    }

    /// Skips a processing instruction, comment or DOCTYPE at `index`; false when there is none.
    private mutating func skipMarkupOutsideElements() throws(XMLSyntaxError) -> Bool {
        if starts(with: "<?") {
            try skipProcessingInstruction()
        } else if starts(with: "<!--") {
            try skipComment()
        } else if startsCaseInsensitive(with: "<!DOCTYPE") {
            try skipDoctype()
        } else {
            return false
        }
        return true
    }

    /// Reads from the root's start tag to its end tag without recursion, so depth costs heap,
    /// not stack.
    private mutating func parseRootElement() throws(XMLSyntaxError) -> XMLTreeElement {
        var stack: [OpenElement] = []
        while true {
            guard index < bytes.count else {
                let open = stack[stack.count - 1].element
                throw error("the document ends inside <\(open.name)> (opened at \(open.line):\(open.column)); "
                    + "it may have been cut short", at: index)
            }
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
                    index += 1
                }
                appendText(decoded(start..<index, inAttribute: false), to: &stack)
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "/") {
                let name = try readEndTag()
                let match = stack.lastIndex { $0.element.name == name }
                    ?? stack.lastIndex { $0.element.name.lowercased() == name.lowercased() }
                if let match {
                    while stack.count > match + 1 {
                        close(&stack)
                    }
                    if let root = close(&stack) { return root }
                }
            } else if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<![CDATA[") {
                let start = index
                index += 9
                guard let end = find("]]>") else { throw error("a CDATA section is never closed", at: start) }
                appendText(String(decoding: bytes[index..<end], as: UTF8.self), to: &stack)
                index = end + 3
            } else if next == UInt8(ascii: "!") {
                try skipDeclaration()
            } else if next == UInt8(ascii: "?") {
                try skipProcessingInstruction()
            } else if isNameStart(next) {
                if try readStartTag(onto: &stack), let root = close(&stack) {
                    return root
                }
            } else {
                // A `<` that starts nothing: sloppy text such as `a < b`.
                appendText("<", to: &stack)
                index += 1
            }
        }
    }

    /// Pushes the element whose start tag is at `index`; true when the tag ended with `/>`, so
    /// the element is already complete.
    private mutating func readStartTag(onto stack: inout [OpenElement]) throws(XMLSyntaxError) -> Bool {
        let start = index
        let (line, column) = position(at: start)
        index += 1
        let name = readName()
        var written: [(name: String, value: String)] = []
        // A set beside the list: a tag with hundreds of thousands of attributes must not be
        // checked for repeats one list scan per attribute.
        var writtenNames: Set<String> = []
        var selfClosed = false
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw error("the document ends inside the tag <\(name)> started at \(line):\(column)", at: index)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    selfClosed = true
                    break
                }
                continue
            }
            guard isNameStart(byte) else {
                throw error("unexpected \(quoted(at: index)) in the tag <\(name)>", at: index)
            }
            let attributeName = readName()
            skipWhitespace()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipWhitespace()
                value = try readAttributeValue(of: name)
            }
            if writtenNames.insert(attributeName).inserted {
                written.append((attributeName, value))
            }
        }
        guard stack.count < XMLReader.maximumDepth else {
            throw error("elements nested deeper than \(XMLReader.maximumDepth)", at: start)
        }

        var namespaces = stack.last?.namespaces ?? ["xml": FeedVocabulary.xmlNamespace]
        for attribute in written {
            if attribute.name == "xmlns" {
                namespaces[""] = attribute.value
            } else if attribute.name.hasPrefix("xmlns:") {
                namespaces[String(attribute.name.dropFirst(6))] = attribute.value
            }
        }
        let (prefix, localName) = split(name)
        let attributes = written.map { attribute in
            let (prefix, localName) = split(attribute.name)
            return XMLTreeElement.Attribute(name: attribute.name, prefix: prefix, localName: localName,
                                            namespace: prefix.flatMap { namespaces[$0] }, value: attribute.value)
        }
        let namespace = namespaces[prefix ?? ""].flatMap { $0.isEmpty ? nil : $0 }
        let element = XMLTreeElement(name: name, prefix: prefix, localName: localName, namespace: namespace,
                                     attributes: attributes, children: [], line: line, column: column)
        stack.append(OpenElement(element: element, namespaces: namespaces))
        return selfClosed
    }

    private mutating func readAttributeValue(of tag: String) throws(XMLSyntaxError) -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index
            index += 1
            let valueStart = index
            while index < bytes.count, bytes[index] != quote {
                index += 1
            }
            guard index < bytes.count else {
                throw error("an attribute value in <\(tag)> is never closed", at: start)
            }
            let value = decoded(valueStart..<index, inAttribute: true)
            index += 1
            return value
        }
        // Unquoted, as HTML allows: up to the next space or the end of the tag.
        let start = index
        while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        return decoded(start..<index, inAttribute: true)
    }

    /// The name of the end tag at `index`, leaving `index` past its `>`.
    private mutating func readEndTag() throws(XMLSyntaxError) -> String {
        let start = index
        index += 2
        let name = readName()
        guard let end = find(">") else { throw error("the end tag </\(name)> is never closed", at: start) }
        index = end + 1
        return name
    }

    /// Closes the innermost open element; returns it when it was the root.
    @discardableResult
    private func close(_ stack: inout [OpenElement]) -> XMLTreeElement? {
        let closed = stack.removeLast().element
        guard !stack.isEmpty else { return closed }
        stack[stack.count - 1].element.children.append(.element(closed))
        return nil
    }

    private func appendText(_ text: String, to stack: inout [OpenElement]) {
        guard !text.isEmpty, !stack.isEmpty else { return }
        let top = stack.count - 1
        if case .text(let previous)? = stack[top].element.children.last {
            stack[top].element.children[stack[top].element.children.count - 1] = .text(previous + text)
        } else {
            stack[top].element.children.append(.text(text))
        }
    }

    // MARK: Markup that carries no content

    private mutating func skipComment() throws(XMLSyntaxError) {
        let start = index
        index += 4
        guard let end = find("-->") else { throw error("a comment is never closed", at: start) }
        index = end + 3
    }

    private mutating func skipProcessingInstruction() throws(XMLSyntaxError) {
        let start = index
        index += 2
        guard let end = find("?>") else { throw error("a processing instruction is never closed", at: start) }
        index = end + 2
    }

    /// Skips `<!DOCTYPE ...>` including an internal subset in brackets, minding quotes and
    /// comments there; the entities it may declare are not read, so they stay as written.
    private mutating func skipDoctype() throws(XMLSyntaxError) {
        let start = index
        var quote: UInt8? = nil
        var brackets = 0
        index += 2
        while index < bytes.count {
            if quote == nil, starts(with: "<!--") {
                try skipComment()
                continue
            }
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                brackets += 1
            } else if byte == UInt8(ascii: "]") {
                brackets = max(0, brackets - 1)
            } else if byte == UInt8(ascii: ">"), brackets == 0 {
                return
            }
        }
        throw error("the DOCTYPE is never closed", at: start)
    }

    /// Skips any other `<!...>` inside the root, such as a stray DOCTYPE.
    private mutating func skipDeclaration() throws(XMLSyntaxError) {
        let start = index
        guard let end = find(">") else { throw error("a declaration starting '<!' is never closed", at: start) }
        index = end + 1
    }

    // MARK: Names and text

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, isNameCharacter(bytes[index]) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func split(_ name: String) -> (prefix: String?, localName: String) {
        guard let colon = name.firstIndex(of: ":"), colon != name.startIndex, name.index(after: colon) != name.endIndex else {
            return (nil, name)
        }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }

    /// The text in `range` with references decoded and line ends normalized to `\n`; in an
    /// attribute, tabs and line ends become spaces.
    private func decoded(_ range: Range<Int>, inAttribute: Bool) -> String {
        let needsWork = bytes[range].contains { byte in
            byte == UInt8(ascii: "&") || byte == 0x0D || (inAttribute && (byte == 0x0A || byte == 0x09))
        }
        guard needsWork else { return String(decoding: bytes[range], as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"),
               let (scalar, end) = CharacterEntities.reference(in: bytes, at: index, before: range.upperBound) {
                UTF8.encode(scalar) { result.append($0) }
                index = end
                continue
            }
            if byte == 0x0D {
                result.append(inAttribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
            } else if inAttribute, byte == 0x0A || byte == 0x09 {
                result.append(0x20)
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    // MARK: Scanning

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, isWhitespace(bytes[index]) {
            index += 1
        }
    }

    private func starts(with text: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] {
            return false
        }
        return true
    }

    private func startsCaseInsensitive(with text: String) -> Bool {
        let pattern = Array(text.lowercased().utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count {
            var byte = bytes[index + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    /// Where `text` next occurs from `index` on.
    private func find(_ text: StaticString) -> Int? {
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        guard pattern.count <= bytes.count else { return nil }
        var candidate = index
        while candidate + pattern.count <= bytes.count {
            if bytes[candidate] == pattern[0] {
                var offset = 1
                while offset < pattern.count, bytes[candidate + offset] == pattern[offset] {
                    offset += 1
                }
                if offset == pattern.count { return candidate }
            }
            candidate += 1
        }
        return nil
    }

    // MARK: Positions and errors

    private mutating func position(at target: Int) -> (line: Int, column: Int) {
        if target < scannedIndex {
            scannedIndex = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            scannedLine = 1
            scannedColumn = 1
        }
        while scannedIndex < min(target, bytes.count) {
            let byte = bytes[scannedIndex]
            if byte == 0x0A {
                scannedLine += 1
                scannedColumn = 1
            } else if byte & 0xC0 != 0x80 {
                scannedColumn += 1
            }
            scannedIndex += 1
        }
        return (scannedLine, scannedColumn)
    }

    private mutating func error(_ message: String, at target: Int) -> XMLSyntaxError {
        let (line, column) = position(at: target)
        return XMLSyntaxError(message, line: line, column: column)
    }

    /// The character at `target` for a message: `'x'`, or `U+0007` for an invisible one.
    private func quoted(at target: Int) -> String {
        var end = target + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 {
            end += 1
        }
        let text = String(decoding: bytes[target..<end], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first, scalar.value > 0x20, scalar.value != 0x7F else {
            let value = text.unicodeScalars.first?.value ?? 0
            let hex = String(value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(text)'"
    }
}
