import FrontierCore

/// Reads the fields of one listing entry, turning every value of the wrong type into a warning.
///
/// Outside listings change shape without notice (`tool_call` became an object, prices became
/// strings), so one odd field must cost only that field: the reader returns nil for it, records
/// where it was and what it held, and the importer carries on with the rest of the entry.
///
/// The dataset's own files are read by `FieldReader` instead, which is strict: a wrong value
/// there is an error with its line and column, and the file does not load. A listing is someone
/// else's format, read leniently; the two differ in what a bad field costs, not in how a value is read.
struct ListingFields {
    let object: JSONObject
    /// Builds the warning for a field path (`pricing.prompt`, or nil for the entry itself); each
    /// format names places its own way.
    let warning: (_ field: String?, _ reason: String) -> ImportWarning
    private(set) var warnings: [ImportWarning] = []

    init(_ object: JSONObject, warning: @escaping (_ field: String?, _ reason: String) -> ImportWarning) {
        self.object = object
        self.warning = warning
    }

    /// Records a warning about `field`, or about the whole entry when `field` is nil.
    mutating func warn(_ field: String?, _ reason: String) {
        warnings.append(warning(field, reason))
    }

    /// The value at a dotted path (`pricing.prompt`); nil when absent or `null`. A step through
    /// something that is not an object is a warning.
    mutating func value(_ path: String) -> JSONValue? {
        var current = object
        var walked: [Substring] = []
        let keys = path.split(separator: ".")
        for (offset, key) in keys.enumerated() {
            walked.append(key)
            guard let value = current[String(key)], !value.isNull else { return nil }
            if offset == keys.count - 1 { return value }
            guard let next = value.objectValue else {
                warn(walked.joined(separator: "."), "expected an object, got \(ListingJSON.describe(value))")
                return nil
            }
            current = next
        }
        return nil
    }

    mutating func string(_ path: String) -> String? {
        guard let value = value(path) else { return nil }
        guard let text = value.stringValue else {
            warn(path, "expected a string, got \(ListingJSON.describe(value))")
            return nil
        }
        return text
    }

    /// A count such as a context length: a whole number above zero.
    mutating func count(_ path: String) -> Int? {
        guard let value = value(path) else { return nil }
        guard let number = value.numberValue, let whole = Int(exactly: number.value), whole > 0 else {
            warn(path, "expected a whole number above zero, got \(ListingJSON.describe(value))")
            return nil
        }
        return whole
    }

    /// A number written as a JSON number or a numeric string, kept as its decimal digits.
    mutating func decimal(_ path: String) -> DecimalText? {
        guard let value = value(path) else { return nil }
        guard let decimal = ListingJSON.decimal(value) else {
            warn(path, "expected a number, got \(ListingJSON.describe(value))")
            return nil
        }
        return decimal
    }

    mutating func object(_ path: String) -> JSONObject? {
        guard let value = value(path) else { return nil }
        guard let object = value.objectValue else {
            warn(path, "expected an object, got \(ListingJSON.describe(value))")
            return nil
        }
        return object
    }

    /// An array of strings; elements of another type are left out with a warning.
    mutating func strings(_ path: String) -> [String]? {
        guard let value = value(path) else { return nil }
        guard let elements = value.arrayValue else {
            warn(path, "expected an array of strings, got \(ListingJSON.describe(value))")
            return nil
        }
        var texts: [String] = []
        for (index, element) in elements.enumerated() {
            if let text = element.stringValue {
                texts.append(text)
            } else {
                warn("\(path)[\(index)]", "expected a string, got \(ListingJSON.describe(element))")
            }
        }
        return texts
    }
}
