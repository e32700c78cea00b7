/// Parses strict RFC 8259 JSON from UTF-8 bytes into values that remember their positions.
///
/// Written by hand over raw bytes rather than on `JSONSerialization` for two reasons: the
/// validator needs the line and column of every value, and datasets reach hundreds of
/// megabytes, so strings are built once from byte slices and nothing is decoded twice.
///
/// Choices beyond the RFC: a UTF-8 byte order mark at the start is skipped; a `\u` escape of a
/// lone surrogate is an error (it names no character, and replacing it would silently change
/// the author's text); nesting deeper than `maximumDepth` is an error, so hostile input cannot
/// exhaust the stack; numbers too large for a `Double` are errors rather than infinity. Only
/// line feeds start a new line, so `\r\n` files count lines as editors do.
public struct JSONParser {
    /// The nesting depth allowed unless the caller asks for another.
    public static let defaultMaximumDepth = 512

    /// Parses a whole document; the first syntax error ends parsing and is thrown.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth)
        throws(JSONSyntaxError) -> JSONDocument {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<JSONDocument, JSONSyntaxError> in
            var parser = JSONParser(bytes: buffer, maximumDepth: maximumDepth)
            do throws(JSONSyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// One step of the path to a value: a key of an object or an index of an array.
    package enum PathComponent: Sendable {
        case key(String)
        case index(Int)
    }

    /// Parses the one value that starts at `place`, as part of a larger text: its positions,
    /// and the paths of keys it repeats, are those of the whole text. `path` leads to the value
    /// and `depth` is how many containers hold it, so the depth limit counts as in a whole parse.
    /// Reading it again this way gives exactly the value, and the errors, a whole parse gives.
    /// Returns the value, with its repeated keys, and the place right after it.
    package static func parseValue(in bytes: UnsafeBufferPointer<UInt8>, at place: TextPlace, path: [PathComponent],
                                   depth: Int, maximumDepth: Int = defaultMaximumDepth)
        throws(JSONSyntaxError) -> (document: JSONDocument, end: TextPlace) {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        parser.index = place.offset
        parser.line = place.line
        parser.lineStart = place.lineStart
        parser.continuationBytesOnLine = place.continuationBytes
        parser.path = path
        parser.depth = depth
        let value = try parser.parseValue()
        let end = TextPlace(offset: parser.index, line: parser.line, lineStart: parser.lineStart,
                            continuationBytes: parser.continuationBytesOnLine)
        return (JSONDocument(root: value, duplicateKeys: parser.duplicateKeys), end)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes already read on this line; columns count scalars, not bytes.
    private var continuationBytesOnLine = 0
    private var depth = 0
    /// Reused for strings that contain escapes, so each does not allocate its own buffer.
    private var scratch: [UInt8] = []
    /// Where the parser is, kept only to name the path of a repeated key.
    private var path: [PathComponent] = []
    private var duplicateKeys: [JSONDocument.DuplicateKey] = []

    private init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    // MARK: Structure

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONDocument {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        }
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw unexpected("expected end of input after the JSON value") }
        return JSONDocument(root: root, duplicateKeys: duplicateKeys)
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard index < bytes.count else { throw unexpected("expected a value") }
        let start = position(at: index)
        switch bytes[index] {
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString(start: start)), at: start)
        case UInt8(ascii: "{"): return try parseObject(start: start)
        case UInt8(ascii: "["): return try parseArray(start: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONValue(.bool(true), at: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONValue(.bool(false), at: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONValue(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber(start: start)), at: start)
        default:
            throw unexpected("expected a value")
        }
    }

    private mutating func parseObject(start: JSONPosition) throws(JSONSyntaxError) -> JSONValue {
        try enterContainer(at: start)
        index += 1
        skipWhitespace()
        var members: [JSONObject.Member] = []
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return JSONValue(.object(JSONObject(members)), at: start)
        }
        var keys: Set<String>?
        while true {
            guard peek(UInt8(ascii: "\"")) else { throw unexpected("expected a string key in object") }
            let keyPosition = position(at: index)
            let key = try parseString(start: keyPosition)
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw unexpected("expected ':' after object key") }
            index += 1
            skipWhitespace()
            if let first = firstPosition(of: key, in: members, keys: &keys) {
                duplicateKeys.append(JSONDocument.DuplicateKey(
                    key: key, path: currentPath(appending: key), position: keyPosition, firstPosition: first))
            }
            path.append(.key(key))
            let value = try parseValue()
            path.removeLast()
            members.append(JSONObject.Member(key: key, keyPosition: keyPosition, value: value))
            if try closesContainer(with: UInt8(ascii: "}"), after: "object member") {
                return JSONValue(.object(JSONObject(members)), at: start)
            }
        }
    }

    private mutating func parseArray(start: JSONPosition) throws(JSONSyntaxError) -> JSONValue {
        try enterContainer(at: start)
        index += 1
        skipWhitespace()
        var elements: [JSONValue] = []
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return JSONValue(.array(elements), at: start)
        }
        path.append(.index(0))
        while true {
            path[path.count - 1] = .index(elements.count)
            elements.append(try parseValue())
            if try closesContainer(with: UInt8(ascii: "]"), after: "array element") {
                path.removeLast()
                return JSONValue(.array(elements), at: start)
            }
        }
    }

    /// After a member or element: a comma (false: more follow) or the closing bracket (true:
    /// the container ends, and is left). A comma right before the bracket is an error.
    private mutating func closesContainer(with closing: UInt8, after what: String) throws(JSONSyntaxError) -> Bool {
        let bracket = Character(Unicode.Scalar(closing))
        skipWhitespace()
        guard index < bytes.count else { throw unexpected("") }
        switch bytes[index] {
        case UInt8(ascii: ","):
            let comma = position(at: index)
            index += 1
            skipWhitespace()
            if peek(closing) { throw JSONSyntaxError("trailing comma before '\(bracket)'", at: comma) }
            return false
        case closing:
            index += 1
            depth -= 1
            return true
        default:
            throw unexpected("expected ',' or '\(bracket)' after \(what)")
        }
    }

    private mutating func enterContainer(at start: JSONPosition) throws(JSONSyntaxError) {
        depth += 1
        if depth > maximumDepth {
            throw JSONSyntaxError("nesting is deeper than \(maximumDepth) levels", at: start)
        }
    }

    /// Small objects are searched in place; a set takes over once an object grows, so an
    /// object with a million keys does not cost a million squared comparisons.
    private func firstPosition(of key: String, in members: [JSONObject.Member], keys: inout Set<String>?) -> JSONPosition? {
        if members.count < 16 {
            return members.first { $0.key == key }?.keyPosition
        }
        if keys == nil { keys = Set(members.lazy.map(\.key)) }
        if keys!.insert(key).inserted { return nil }
        return members.first { $0.key == key }?.keyPosition
    }

    private func currentPath(appending key: String) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let name): text = JSONPath.appending(key: name, to: text)
            case .index(let position): text = JSONPath.appending(index: position, to: text)
            }
        }
        return JSONPath.appending(key: key, to: text)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw unexpected("expected a value") }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw unexpected("expected a value")
        }
        index += count
    }

    // MARK: Strings

    private mutating func parseString(start: JSONPosition) throws(JSONSyntaxError) -> String {
        index += 1
        let contentStart = index
        var segmentStart = index
        var hasEscapes = false
        while true {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
                index += 1
            }
            guard index < bytes.count else { throw JSONSyntaxError("unterminated string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if hasEscapes {
                    scratch.append(contentsOf: slice(segmentStart, index))
                    text = String(decoding: scratch, as: UTF8.self)
                } else {
                    text = String(decoding: slice(contentStart, index), as: UTF8.self)
                }
                index += 1
                return text
            } else if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: slice(segmentStart, index))
                try parseEscape(stringStart: start)
                segmentStart = index
            } else if byte == UInt8(ascii: "\n") {
                throw JSONSyntaxError("unterminated string (a line break inside a string must be written \\n)", at: start)
            } else if byte < 0x20 {
                throw failure("unescaped control character \(scalarName(UInt32(byte))) in string", at: index)
            } else {
                guard let length = utf8SequenceLength(at: index) else { throw invalidUTF8(at: index) }
                continuationBytesOnLine += length - 1
                index += length
            }
        }
    }

    private mutating func parseEscape(stringStart: JSONPosition) throws(JSONSyntaxError) {
        let escapeStart = index
        guard index + 1 < bytes.count else { throw JSONSyntaxError("unterminated string", at: stringStart) }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexQuad(escapeStart: escapeStart, stringStart: stringStart)
            var scalar = unit
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw loneSurrogate(unit, at: escapeStart) }
                index += 2
                let low = try hexQuad(escapeStart: index - 2, stringStart: stringStart)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: escapeStart) }
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(unit, at: escapeStart)
            }
            appendUTF8(scalar)
        default:
            let shown = (0x21..<0x7F).contains(letter) ? "'\\\(Character(Unicode.Scalar(letter)))'" : "'\\'"
            throw failure("invalid escape \(shown) in string", at: escapeStart)
        }
    }

    private mutating func hexQuad(escapeStart: Int, stringStart: JSONPosition) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw JSONSyntaxError("unterminated string", at: stringStart) }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape: expected 4 hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func loneSurrogate(_ unit: UInt32, at offset: Int) -> JSONSyntaxError {
        failure("invalid \\u escape: lone surrogate \(scalarName(unit)) is not a character", at: offset)
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence at `offset`, or nil (Unicode table 3-7).
    private func utf8SequenceLength(at offset: Int) -> Int? {
        JSONParser.utf8SequenceLength(in: bytes, at: offset)
    }

    /// The length of the well-formed UTF-8 sequence at `offset` of `bytes`, or nil.
    package static func utf8SequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        func continuation(_ delta: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset + delta < bytes.count && range.contains(bytes[offset + delta])
        }
        switch bytes[offset] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    // MARK: Numbers

    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    private mutating func parseNumber(start: JSONPosition) throws(JSONSyntaxError) -> JSONNumber {
        let numberStart = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        // Up to 19 significant digits fit a UInt64; later ones only move the decimal exponent.
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var droppedDigits = false
        var exponent = 0
        func isDigit(_ offset: Int) -> Bool {
            offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
        }
        func accumulate(_ byte: UInt8) -> Bool {
            let digit = UInt64(byte - UInt8(ascii: "0"))
            if mantissa == 0 && digit == 0 { return true }
            if significantDigits < 19 {
                mantissa = mantissa * 10 + digit
                significantDigits += 1
                return true
            }
            if digit != 0 { droppedDigits = true }
            return false
        }

        guard isDigit(index) else { throw JSONSyntaxError("invalid number: expected a digit after '-'", at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw JSONSyntaxError("invalid number: leading zeros are not allowed", at: start) }
        } else {
            while isDigit(index) {
                if !accumulate(bytes[index]) { exponent += 1 }
                index += 1
            }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard isDigit(index) else { throw JSONSyntaxError("invalid number: expected a digit after '.'", at: start) }
            while isDigit(index) {
                if accumulate(bytes[index]) { exponent -= 1 }
                index += 1
            }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard isDigit(index) else { throw JSONSyntaxError("invalid number: expected a digit in the exponent", at: start) }
            var written = 0
            while isDigit(index) {
                written = min(written * 10 + Int(bytes[index] - UInt8(ascii: "0")), 1_000_000)
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }

        var value: Double
        if mantissa == 0 {
            value = 0
        } else if !droppedDigits, mantissa < 1 << 53, abs(exponent) <= 22 {
            // Both operands are exact, so one IEEE operation rounds correctly (Clinger's fast path).
            let power = JSONParser.exactPowersOfTen[abs(exponent)]
            value = exponent < 0 ? Double(mantissa) / power : Double(mantissa) * power
        } else {
            let magnitude = slice(negative ? numberStart + 1 : numberStart, index)
            value = Double(String(decoding: magnitude, as: UTF8.self)) ?? .infinity
        }
        if negative { value = -value }
        guard value.isFinite else {
            // A literal can be megabytes long; the message shows its start and how long it is.
            let length = index - numberStart
            let shown = String(decoding: slice(numberStart, min(index, numberStart + Diagnostic.quotedLimit)), as: UTF8.self)
            let literal = length > Diagnostic.quotedLimit ? "\(shown)… (\(length) characters)" : shown
            throw JSONSyntaxError("number \(literal) is too large to represent", at: start)
        }
        return JSONNumber(value, isInteger: isInteger)
    }

    // MARK: Bytes and positions

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                continuationBytesOnLine = 0
            default:
                return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    private func slice(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[from..<to])
    }

    /// Valid for offsets on the current line up to the next unread multi-byte character.
    private func position(at offset: Int) -> JSONPosition {
        TextPlace(offset: offset, line: line, lineStart: lineStart, continuationBytes: continuationBytesOnLine).position
    }

    private func failure(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message, at: position(at: offset))
    }

    private func invalidUTF8(at offset: Int) -> JSONSyntaxError {
        failure("invalid UTF-8 byte \(hexByte(bytes[offset]))", at: offset)
    }

    /// The error for whatever is at the cursor when `expectation` was not met.
    private func unexpected(_ expectation: String) -> JSONSyntaxError {
        guard index < bytes.count else { return failure("unexpected end of input", at: index) }
        if utf8SequenceLength(at: index) == nil { return invalidUTF8(at: index) }
        var message = "\(expectation), got \(describeToken(at: index))"
        if bytes[index] == UInt8(ascii: "/") { message += " (JSON has no comments)" }
        return failure(message, at: index)
    }

    /// Names what starts at `offset` the way a person would read it: a word, a character, or a
    /// code point for characters that cannot be seen.
    private func describeToken(at offset: Int) -> String {
        let byte = bytes[offset]
        func isWordByte(_ byte: UInt8) -> Bool {
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 95
        }
        if isWordByte(byte) {
            var end = offset
            while end < bytes.count, end - offset < 24, isWordByte(bytes[end]) { end += 1 }
            return "'\(String(decoding: slice(offset, end), as: UTF8.self))'"
        }
        if (0x21..<0x7F).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "control character \(scalarName(UInt32(byte)))" }
        let length = utf8SequenceLength(at: offset) ?? 1
        let text = String(decoding: slice(offset, offset + length), as: UTF8.self)
        let scalar = text.unicodeScalars.first?.value ?? 0xFFFD
        return "'\(text)' (\(scalarName(scalar)))"
    }

    private func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func hexByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
