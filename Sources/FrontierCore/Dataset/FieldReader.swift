/// Reads the typed fields of one JSON object, reporting every problem instead of throwing.
///
/// Each accessor returns nil both for an absent optional field and for an invalid one; the
/// record decoder tells them apart by whether a diagnostic was reported, which is what lets
/// it find every problem in a record rather than stopping at the first.
package struct FieldReader {
    /// What a number field may hold, with the noun its message uses (`price must not be negative`).
    /// `atMost` is the figure's `ValueCeiling`, where it has one.
    package enum NumberRule {
        case any
        case nonNegative(String, atMost: Double = .infinity)
        case positive(String, atMost: Double = .infinity)
        /// Negative values allowed, but the magnitude bounded (a benchmark's scale).
        case magnitude(String, atMost: Double)
    }

    package let object: JSONObject
    package let position: JSONPosition
    package let path: String
    package let context: DecodingContext

    /// Nil, with a diagnostic, when `value` is not an object.
    package init?(_ value: JSONValue, path: String, context: DecodingContext) {
        guard let object = value.objectValue else {
            context.report(FieldPath(path), at: value.position, "expected an object, got \(value.summary)")
            return nil
        }
        self.object = object
        self.position = value.position
        self.path = path
        self.context = context
    }

    /// The value of `key`, or nil when it is absent or null.
    package func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    package func position(of key: String) -> JSONPosition {
        object[key]?.position ?? position
    }

    package func report(_ key: String, _ message: String) {
        context.report(FieldPath(path, key: key), at: position(of: key), message)
    }

    /// Reports a missing field on the object itself, where the field should have been.
    package func reportMissing(_ description: String) {
        context.report(FieldPath(path), at: position, "missing required field \(description)")
    }

    // MARK: Scalars

    package func string(_ key: String, required: Bool = false) -> String? {
        read(key, required: required, readString)
    }

    /// A string with something other than white space in it: names, headlines, note texts.
    package func text(_ key: String, required: Bool = false) -> String? {
        read(key, required: required) { value, path in
            guard let text = readString(value, path) else { return nil }
            guard text.contains(where: { !$0.isWhitespace }) else {
                context.report(path, at: value.position, "must not be empty")
                return nil
            }
            return text
        }
    }

    /// The record's `id`: required, non-empty, at most 100 letters, digits, `.`, `_` and `-`.
    package func identifier() -> String? {
        read("id", required: true) { value, path in
            guard let id = readString(value, path) else { return nil }
            if id.isEmpty {
                context.report(path, at: value.position, "must not be empty")
                return nil
            }
            if id.unicodeScalars.count > 100 {
                context.report(path, at: value.position, "id is longer than 100 characters")
                return nil
            }
            guard id.utf8.allSatisfy(Self.isIdentifierByte) else {
                context.report(path, at: value.position,
                               "id \(JSONWriter.quoted(id, limit: 60)) may contain only letters, digits, '.', '_' and '-'")
                return nil
            }
            return id
        }
    }

    package func number(_ key: String, required: Bool = false, _ rule: NumberRule = .any) -> Double? {
        read(key, required: required) { value, path in
            guard let number = value.numberValue else { return mismatch(value, path, "a number") }
            return check(number.value, rule, value, path) ? number.value : nil
        }
    }

    package func integer(_ key: String, required: Bool = false, _ rule: NumberRule = .any) -> Int? {
        read(key, required: required) { value, path in
            guard let number = value.numberValue, number.isInteger else { return mismatch(value, path, "an integer") }
            guard let integer = number.intValue else {
                context.report(path, at: value.position, "integer \(number) is too large")
                return nil
            }
            return check(number.value, rule, value, path) ? integer : nil
        }
    }

    package func bool(_ key: String, required: Bool = false) -> Bool? {
        read(key, required: required) { value, path in
            guard let flag = value.boolValue else { return mismatch(value, path, "a boolean") }
            return flag
        }
    }

    package func date(_ key: String, required: Bool = false) -> DayDate? {
        read(key, required: required) { value, path in
            guard let text = value.stringValue else { return mismatch(value, path, "a date YYYY-MM-DD") }
            guard let date = DayDate(text) else {
                context.report(path, at: value.position, "expected a date YYYY-MM-DD, got \(JSONWriter.quoted(text, limit: 60))")
                return nil
            }
            return date
        }
    }

    /// One of an enumeration's raw values (`primary`, `secondary`, `derived`).
    package func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> Choice?
        where Choice.RawValue == String {
        read(key, required: required) { value, path in
            guard let text = readString(value, path) else { return nil }
            guard let choice = Choice(rawValue: text) else {
                let names = Choice.allCases.map { JSONWriter.quoted($0.rawValue) }.joined(separator: ", ")
                context.report(path, at: value.position, "expected one of \(names), got \(JSONWriter.quoted(text, limit: 60))")
                return nil
            }
            return choice
        }
    }

    // MARK: Arrays, references and nested objects

    /// An array of strings; empty when absent.
    package func strings(_ key: String) -> [String] {
        elements(key).compactMap { value, path in readString(value, path) }
    }

    /// The id of a record of `kind`, checked against the merged dataset later.
    package func reference(_ key: String, to kind: RecordKind, required: Bool = false) -> String? {
        read(key, required: required) { value, path in
            guard let id = readString(value, path) else { return nil }
            context.checks.append(.reference(target: kind, id: id, path: path, position: value.position))
            return id
        }
    }

    /// An array of ids of records of `kind`; empty when absent.
    package func references(_ key: String, to kind: RecordKind) -> [String] {
        elements(key).compactMap { value, path in
            guard let id = readString(value, path) else { return nil }
            context.checks.append(.reference(target: kind, id: id, path: path, position: value.position))
            return id
        }
    }

    /// A reader for the nested object at `key`; nil when absent or not an object.
    package func object(_ key: String, required: Bool = false) -> FieldReader? {
        read(key, required: required) { value, path in
            FieldReader(value, path: path.text, context: context)
        }
    }

    /// Readers for an array of objects; elements that are not objects are reported and skipped.
    package func objects(_ key: String) -> [FieldReader] {
        elements(key).compactMap { value, path in
            FieldReader(value, path: path.text, context: context)
        }
    }

    /// The elements of the array at `key` with their paths; empty when absent or not an array.
    private func elements(_ key: String) -> [(JSONValue, FieldPath)] {
        read(key, required: false) { value, path -> [(JSONValue, FieldPath)]? in
            guard let elements = value.arrayValue else { return mismatch(value, path, "an array") }
            return elements.enumerated().map { index, element in (element, path.appending(index: index)) }
        } ?? []
    }

    // MARK: Plumbing

    private func read<Value>(_ key: String, required: Bool, _ convert: (JSONValue, FieldPath) -> Value?) -> Value? {
        guard let value = object[key] else {
            if required { reportMissing(JSONWriter.quoted(key, limit: Diagnostic.quotedLimit)) }
            return nil
        }
        if value.isNull && !required { return nil }
        return convert(value, FieldPath(path, key: key))
    }

    private func readString(_ value: JSONValue, _ path: FieldPath) -> String? {
        guard let text = value.stringValue else { return mismatch(value, path, "a string") }
        return text
    }

    private func mismatch<Value>(_ value: JSONValue, _ path: FieldPath, _ expected: String) -> Value? {
        context.report(path, at: value.position, "expected \(expected), got \(value.summary)")
        return nil
    }

    private func check(_ number: Double, _ rule: NumberRule, _ value: JSONValue, _ path: FieldPath) -> Bool {
        switch rule {
        case .any:
            return true
        case .nonNegative(let noun, _) where number < 0:
            context.report(path, at: value.position, "\(noun) must not be negative, got \(JSONNumber.text(number))")
            return false
        case .positive(let noun, _) where number <= 0:
            context.report(path, at: value.position, "\(noun) must be positive, got \(JSONNumber.text(number))")
            return false
        case .nonNegative(let noun, let ceiling) where number > ceiling, .positive(let noun, let ceiling) where number > ceiling,
             .magnitude(let noun, let ceiling) where abs(number) > ceiling:
            context.report(path, at: value.position,
                           "\(noun) must be at most \(JSONNumber.text(ceiling)), got \(JSONNumber.text(number)); no real record has such a value")
            return false
        default:
            return true
        }
    }

    /// A byte an id may hold: a letter, a digit, `.`, `_` or `-`.
    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
