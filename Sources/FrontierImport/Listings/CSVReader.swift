import FrontierCore

/// Reads comma-separated values (RFC 4180) into records of text fields, each with its line.
///
/// Spreadsheet exports are the only way some compute tables are published, and they bring every
/// variant of the format: quoted fields holding commas, doubled quotes and line breaks; CRLF, LF
/// or old Mac CR line ends; a UTF-8 byte order mark; a last line with or without its break.
/// All of these are read. What is not CSV is refused with the line it is on, rather than
/// guessed at: a quote that is never closed, text right after a closing quote, bytes that are
/// not UTF-8. A quote inside an unquoted field (`12" display`) is kept as text, as spreadsheets
/// do. Empty lines hold no record and are passed over.
public enum CSVReader {
    /// One record: its fields, and the line it starts on (1-based) for messages about it.
    public struct Record: Hashable, Sendable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Why the bytes are not CSV, and the line where reading stopped.
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { "line \(line): \(message)" }
    }

    public static func records(_ bytes: [UInt8]) throws(SyntaxError) -> [Record] {
        var reader = Cursor(bytes: bytes)
        return try reader.readAll()
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private struct Cursor {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var fieldLine = 1
        var recordLine = 1
        /// Whether anything of the current record has been read; a line break with nothing
        /// before it is an empty line, not a record of one empty field.
        var recordStarted = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func readAll() throws(SyntaxError) -> [Record] {
            var atFieldStart = true
            while index < bytes.count {
                let byte = bytes[index]
                if atFieldStart {
                    fieldLine = line
                    if !recordStarted { recordLine = line }
                }
                if atFieldStart, byte == quote {
                    recordStarted = true
                    try readQuoted()
                    atFieldStart = false
                    continue
                }
                switch byte {
                case comma:
                    recordStarted = true
                    try endField()
                    index += 1
                    atFieldStart = true
                case carriageReturn, lineFeed:
                    if recordStarted { try endRecord() }
                    skipLineBreak()
                    atFieldStart = true
                default:
                    recordStarted = true
                    field.append(byte)
                    index += 1
                    atFieldStart = false
                }
            }
            if recordStarted { try endRecord() }
            return records
        }

        /// A quoted field from its opening quote to the closing one, which must end the field.
        private mutating func readQuoted() throws(SyntaxError) {
            let openingLine = line
            index += 1
            while true {
                guard index < bytes.count else {
                    throw SyntaxError(line: openingLine, message: "a quoted field opened here is never closed")
                }
                let byte = bytes[index]
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if byte == lineFeed || (byte == carriageReturn && !(index + 1 < bytes.count && bytes[index + 1] == lineFeed)) {
                    line += 1
                }
                field.append(byte)
                index += 1
            }
            if index < bytes.count, ![comma, carriageReturn, lineFeed].contains(bytes[index]) {
                throw SyntaxError(line: line, message: "text after the closing quote of a field (a quote inside a quoted field is written \"\")")
            }
        }

        private mutating func skipLineBreak() {
            if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { index += 1 }
            index += 1
            line += 1
        }

        private mutating func endField() throws(SyntaxError) {
            guard let text = CSVReader.decodeUTF8(field) else {
                throw SyntaxError(line: fieldLine, message: "a field is not valid UTF-8 (save the file as UTF-8)")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }

        private mutating func endRecord() throws(SyntaxError) {
            try endField()
            records.append(Record(line: recordLine, fields: fields))
            fields.removeAll(keepingCapacity: true)
            recordStarted = false
        }
    }

    /// The text of well-formed UTF-8, or nil; a file in another encoding is refused, not mangled.
    private static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }
}
