import Foundation
import FrontierCore

/// One log line in logfmt: `ts=2026-11-29T03:12:00Z level=info source="OpenRouter" status=200`.
///
/// logfmt because log collectors (Loki, Vector, Datadog, journald exports) split it into fields
/// without a schema, while it stays readable in `journalctl`. Values are quoted when they hold
/// a space, `=`, a quote, a backslash or a control character, and line breaks inside are
/// escaped, so one event is always exactly one line whatever a server's error text contains.
public struct LogfmtLine: Hashable, Sendable, CustomStringConvertible {
    /// How much a line matters; `warn` for a source that failed, `error` for a change refused.
    public enum Level: String, Hashable, Sendable {
        case info, warn, error
    }

    /// Printed first, in UTC to the second.
    public var time: Date
    /// Printed second; settable because how a fetch ended is known only after its fields are.
    public var level: Level
    private var fields: [String] = []

    public init(time: Date, level: Level = .info) {
        self.time = time
        self.level = level
    }

    /// Adds `key=value`, quoting the value only when it needs it (`kind=openrouter`, `url=…`).
    public mutating func append(_ key: String, _ value: String) {
        fields.append("\(key)=\(Self.needsQuotes(value) ? Self.quoted(value) : value)")
    }

    /// Adds `key="value"`, always quoted: for names and messages, which are text even when
    /// they happen to be one word, so a collector sees the same shape on every line.
    public mutating func append(_ key: String, quoted value: String) {
        fields.append("\(key)=\(Self.quoted(value))")
    }

    public mutating func append(_ key: String, _ value: Int) {
        fields.append("\(key)=\(value)")
    }

    /// Adds a duration as seconds with an `s` suffix: `3600s`, `0.25s`.
    public mutating func append(_ key: String, seconds duration: Duration) {
        fields.append("\(key)=\(Format.seconds(duration))s")
    }

    public var description: String {
        (["ts=\(UTCTime(time).rfc3339)", "level=\(level.rawValue)"] + fields).joined(separator: " ")
    }

    private static func needsQuotes(_ value: String) -> Bool {
        value.isEmpty || value.unicodeScalars.contains { scalar in
            scalar.value <= 0x20 || scalar == "\"" || scalar == "=" || scalar == "\\" || scalar.value == 0x7F
                || scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
        }
    }

    private static func quoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                let category = scalar.properties.generalCategory
                if scalar.value < 0x20 || scalar.value == 0x7F || category == .control
                    || category == .lineSeparator || category == .paragraphSeparator {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
