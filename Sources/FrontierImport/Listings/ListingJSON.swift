import Foundation
import FrontierCore

/// What the JSON listing importers share: parsing with positions, and naming a value in a warning.
enum ListingJSON {
    /// The document's root; a syntax error becomes an `ImportError` placed `location:line:column`.
    static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes).root
        } catch {
            throw ImportError(place: place(of: error.position, in: context), message: error.message)
        }
    }

    /// `location:line:column`, the way the validator names a position in a file.
    static func place(of position: JSONPosition, in context: ImportContext) -> String {
        "\(context.location):\(position.line):\(position.column)"
    }

    /// The error for a document whose root is not the shape the format has.
    static func wrongRoot(_ root: JSONValue, expected: String, context: ImportContext) -> ImportError {
        ImportError(place: place(of: root.position, in: context), message: "expected \(expected), got \(describe(root))")
    }

    /// A value as a warning quotes it: strings in quotes as written (`"free"`), others by kind
    /// (`number 3`, `boolean true`, `an object`, `null`).
    static func describe(_ value: JSONValue) -> String {
        if let text = value.stringValue { return JSONWriter.quoted(text, limit: 60) }
        return value.summary
    }

    /// The decimal a price field writes, as a JSON number or as a numeric string (`"3e-06"`).
    static func decimal(_ value: JSONValue) -> DecimalText? {
        if let number = value.numberValue { return DecimalText(number.value) }
        if let text = value.stringValue {
            return DecimalText(text.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
