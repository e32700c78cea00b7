/// Writes JSON values as indented text that the parser reads back to equal values.
///
/// Arrays of plain values (`["a", "b"]`) stay on one line and everything else gets one member
/// per line, which keeps datasets short enough to read and diff line by line.
public enum JSONWriter {
    /// The value as text with `indent` spaces per level and a final newline.
    public static func write(_ value: JSONValue, indent: Int = 2) -> String {
        var output = ""
        write(value, level: 0, indent: indent, into: &output)
        output.append("\n")
        return output
    }

    /// The value on one line with no spaces, as JSON Lines output needs (no final newline).
    public static func line(_ value: JSONValue) -> String {
        var output = ""
        writeLine(value, into: &output)
        return output
    }

    private static func writeLine(_ value: JSONValue, into output: inout String) {
        switch value.kind {
        case .array(let elements):
            output.append("[")
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(",") }
                writeLine(element, into: &output)
            }
            output.append("]")
        case .object(let object):
            output.append("{")
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(",") }
                appendQuoted(member.key, to: &output)
                output.append(":")
                writeLine(member.value, into: &output)
            }
            output.append("}")
        default:
            write(value, level: 0, indent: 0, into: &output)
        }
    }

    /// `text` as a JSON string literal; with a `limit`, longer text is cut and ends in `…`.
    public static func quoted(_ text: String, limit: Int? = nil) -> String {
        var output = ""
        appendQuoted(text, limit: limit, to: &output)
        return output
    }

    private static func appendQuoted(_ text: String, limit: Int? = nil, to output: inout String) {
        output.append("\"")
        // Most strings need no escaping; appending them whole is far cheaper than scalar by scalar.
        // Lead bytes 0xC2 (C1 controls), 0xD8 (U+061C) and 0xE2 (bidi marks, U+2028/9) send the
        // string the slow way, where only those scalars are escaped.
        if limit == nil, !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
            || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) {
            output.append(text)
        } else {
            for (count, scalar) in text.unicodeScalars.enumerated() {
                if let limit, count == limit {
                    output.append("…")
                    break
                }
                appendEscaped(scalar, to: &output)
            }
        }
        output.append("\"")
    }

    private static func write(_ value: JSONValue, level: Int, indent: Int, into output: inout String) {
        switch value.kind {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(JSONNumber.text(number.value))
        case .string(let text): appendQuoted(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append("[]")
            } else if elements.allSatisfy(\.isScalar) {
                output.append("[")
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(", ") }
                    write(element, level: level + 1, indent: indent, into: &output)
                }
                output.append("]")
            } else {
                output.append("[\n")
                for (index, element) in elements.enumerated() {
                    output.append(String(repeating: " ", count: (level + 1) * indent))
                    write(element, level: level + 1, indent: indent, into: &output)
                    output.append(index == elements.count - 1 ? "\n" : ",\n")
                }
                output.append(String(repeating: " ", count: level * indent))
                output.append("]")
            }
        case .object(let object):
            if object.members.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (index, member) in object.members.enumerated() {
                output.append(String(repeating: " ", count: (level + 1) * indent))
                appendQuoted(member.key, to: &output)
                output.append(": ")
                write(member.value, level: level + 1, indent: indent, into: &output)
                output.append(index == object.members.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: " ", count: level * indent))
            output.append("}")
        }
    }

    /// Characters that are valid raw in JSON but that a terminal acts on or that make text read
    /// differently from what it is: DEL, the C1 controls (U+009B starts a control sequence in some
    /// terminals), bidi marks, overrides and isolates, and the line and paragraph separators.
    /// Written as `\uXXXX`, the output stays valid JSON that decodes to the same string, and
    /// `--format json` printed to a terminal cannot drive it.
    static func isEscapedControl(_ value: UInt32) -> Bool {
        (0x7F...0x9F).contains(value) || value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output.append("\\\"")
        case "\\": output.append("\\\\")
        case "\n": output.append("\\n")
        case "\r": output.append("\\r")
        case "\t": output.append("\\t")
        case "\u{08}": output.append("\\b")
        case "\u{0C}": output.append("\\f")
        default:
            if scalar.value < 0x20 || JSONWriter.isEscapedControl(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }
}

private extension JSONValue {
    var isScalar: Bool {
        switch kind {
        case .array, .object: return false
        default: return true
        }
    }
}
