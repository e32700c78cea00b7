import Foundation

/// One logfmt line: `time=... event=connect remote=127.0.0.1:5000`, values quoted when they
/// hold a space, a quote, `=` or a control character, so that each line parses back.
public struct LogLine: Sendable {
    public private(set) var fields: [(String, String)]

    public init(_ event: String, at time: Date = Date()) {
        fields = [("time", Self.timestamp(time)), ("event", event)]
    }

    public func with(_ key: String, _ value: String?) -> LogLine {
        guard let value else { return self }
        var copy = self
        copy.fields.append((key, value))
        return copy
    }

    public var text: String {
        fields.map { "\($0.0)=\(Self.quoted($0.1))" }.joined(separator: " ")
    }

    static func quoted(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "=" && $0 != "\\"
        }
        if plain { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
