import Foundation
import FrontierCore

/// Brings a document in another encoding to UTF-8 before `XMLReader` reads it.
///
/// The encoding is detected as XML 1.0 appendix F describes: a byte order mark first (UTF-8,
/// UTF-16 or UTF-32, either byte order), else the pattern of `<?xml` (or the first `<`) in the
/// first four bytes, which tells UTF-16 and UTF-32 without a mark and EBCDIC; else the
/// `encoding` of the XML declaration. Feeds are almost all UTF-8, but old ones declare
/// ISO-8859-1 or Windows-1252 (read as Windows-1252, which differs only in 0x80...0x9F, where
/// ISO-8859-1 has control characters nobody writes), and a few other single-byte or Japanese
/// encodings. An encoding this reader cannot decode is refused with its name, rather than read
/// as garbage; bytes that are not valid in the encoding they declare are read as UTF-8 with
/// U+FFFD in their place, since a wrong accent is better than no news.
enum XMLTextEncoding {
    static func utf8(_ bytes: [UInt8]) throws(XMLSyntaxError) -> [UInt8] {
        if let (name, encoding, skip) = detected(bytes) {
            guard let encoding else {
                throw XMLSyntaxError("the document is in \(name), which this reader does not decode; convert it to UTF-8",
                                     line: 1, column: 1)
            }
            guard let text = String(data: Data(bytes.dropFirst(skip)), encoding: encoding) else {
                throw XMLSyntaxError("the document starts as \(name) but is not valid \(name)", line: 1, column: 1)
            }
            return Array(text.utf8)
        }
        guard let declared = declaredEncoding(bytes) else { return bytes }
        let name = declared.lowercased()
        if utf8Names.contains(name) { return bytes }
        if name.hasPrefix("utf-16") || name.hasPrefix("utf-32") || name == "ucs-2" || name == "unicode" {
            // Declared so but written in single bytes (detection saw `<?xml` as ASCII): the
            // declaration is wrong, and the bytes are read as they are.
            return bytes
        }
        guard let encoding = singleByteOrLegacy[name] else {
            throw XMLSyntaxError("the document declares encoding \"\(declared)\", which this reader does not decode; convert it to UTF-8",
                                 line: 1, column: 1)
        }
        if let text = String(data: Data(bytes), encoding: encoding) {
            return Array(text.utf8)
        }
        if encoding == .windowsCP1252, let text = String(data: Data(bytes), encoding: .isoLatin1) {
            return Array(text.utf8)
        }
        return bytes
    }

    /// The encoding the first bytes show (appendix F), how many bytes of mark to skip, and
    /// its name; a nil encoding for one that is recognised but not decoded (EBCDIC). Nil for
    /// bytes that look like UTF-8 or another ASCII-compatible encoding.
    private static func detected(_ bytes: [UInt8]) -> (name: String, encoding: String.Encoding?, skip: Int)? {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xFF, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return ("UTF-32BE", .utf32BigEndian, 4)
        case (0xFF, 0xFE, 0x00, 0x00): return ("UTF-32LE", .utf32LittleEndian, 4)
        case (0xFE, 0xFF, _, _): return ("UTF-16BE", .utf16BigEndian, 2)
        case (0xFF, 0xFE, _, _): return ("UTF-16LE", .utf16LittleEndian, 2)
        case (0x00, 0x00, 0x00, 0x3C): return ("UTF-32BE", .utf32BigEndian, 0)
        case (0x3C, 0x00, 0x00, 0x00): return ("UTF-32LE", .utf32LittleEndian, 0)
        case (0x00, 0x3C, 0x00, _): return ("UTF-16BE", .utf16BigEndian, 0)
        case (0x3C, 0x00, _, 0x00): return ("UTF-16LE", .utf16LittleEndian, 0)
        case (0x4C, 0x6F, 0xA7, 0x94): return ("EBCDIC", nil, 0)
        default: return nil
        }
    }

    private static let utf8Names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968", ""]

    /// Declared encodings decoded through Foundation, by lowercased name.
    private static let singleByteOrLegacy: [String: String.Encoding] = {
        var table: [String: String.Encoding] = [:]
        for name in ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252"] {
            table[name] = .windowsCP1252
        }
        for name in ["iso-8859-2", "iso8859-2", "latin2", "latin-2"] { table[name] = .isoLatin2 }
        for name in ["windows-1250", "cp1250"] { table[name] = .windowsCP1250 }
        for name in ["windows-1251", "cp1251"] { table[name] = .windowsCP1251 }
        for name in ["windows-1253", "cp1253"] { table[name] = .windowsCP1253 }
        for name in ["windows-1254", "cp1254"] { table[name] = .windowsCP1254 }
        for name in ["shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "cp932"] { table[name] = .shiftJIS }
        return table
    }()

    /// The `encoding` of an XML declaration at the very start, as written, if there is one.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.dropFirst(start).starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.dropFirst(start).prefix(200)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return rest.dropFirst().prefix { $0 != quote }.trimmingCharacters(in: .whitespaces)
    }
}
