import Foundation
import FrontierCore

/// Brings a document in another encoding to UTF-8 before `XMLReader` reads it.
///
/// Feeds are almost all UTF-8, but old ones declare ISO-8859-1 or Windows-1252 and a few arrive
/// as UTF-16 with a byte order mark. Anything else is read as UTF-8, with invalid bytes becoming
/// U+FFFD, rather than refused: a wrong accent is better than no news.
enum XMLTextEncoding {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) {
                return Array(text.utf8)
            }
            return bytes
        }
        guard let declared = declaredEncoding(bytes), latin1Names.contains(declared) else { return bytes }
        // Windows-1252 first: documents labelled ISO-8859-1 mostly are, and it differs only in
        // 0x80...0x9F, which ISO-8859-1 spends on control characters nobody writes.
        if let text = String(data: Data(bytes), encoding: .windowsCP1252) ?? String(data: Data(bytes), encoding: .isoLatin1) {
            return Array(text.utf8)
        }
        return bytes
    }

    private static let latin1Names: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252",
    ]

    /// The lowercased `encoding` of an XML declaration at the very start, if there is one.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(200)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.lowercased()
    }
}
