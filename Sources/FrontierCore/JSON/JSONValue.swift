/// A parsed JSON value together with the position where it starts in the source.
///
/// Every value keeps its position so that validation, which runs long after parsing, can point
/// at the exact line and column of the value it rejects.
public struct JSONValue: Equatable, Sendable {
    /// What the value is.
    public enum Kind: Equatable, Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    public var kind: Kind
    public var position: JSONPosition

    public init(_ kind: Kind, at position: JSONPosition = .none) {
        self.kind = kind
        self.position = position
    }

    public static let null = JSONValue(.null)

    /// Values built in memory, positioned nowhere, for writers and tests.
    public static func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    public static func bool(_ flag: Bool) -> JSONValue { JSONValue(.bool(flag)) }
    public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }

    /// A number built in memory; whole values are marked as integers so they print as such.
    public static func number(_ value: Double) -> JSONValue {
        JSONValue(.number(JSONNumber(value, isInteger: value.rounded(.towardZero) == value)))
    }

    /// An object from key-value pairs, in the order given.
    public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(pairs.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }

    /// True for `null`, which the dataset format treats as an absent optional field.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The payload when the value is of that kind; nil otherwise.
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let number) = kind { return number }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let object) = kind { return object }
        return nil
    }

    /// The value as a message names it: `number 42`, `string "abc"`, `an object`.
    ///
    /// Long strings are cut so one bad value cannot flood a terminal with its text.
    public var summary: String {
        switch kind {
        case .null: return "null"
        case .bool(let flag): return "boolean \(flag)"
        case .number(let number): return "number \(number)"
        case .string(let text): return "string \(JSONWriter.quoted(text, limit: 60))"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
