/// Any JSON value, read and written back unchanged in meaning.
///
/// Holds the state-file fields this build does not know, so a field written by a newer build
/// (or another branch of the format) survives a save by this one instead of silently vanishing.
public indirect enum StoredJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number without fraction or exponent that fits, kept exact.
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([StoredJSON])
    case object([String: StoredJSON])
}

extension StoredJSON: Codable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var elements: [StoredJSON] = []
            while !array.isAtEnd { elements.append(try array.decode(StoredJSON.self)) }
            self = .array(elements)
            return
        }
        if let object = try? decoder.container(keyedBy: DynamicCodingKey.self) {
            var members: [String: StoredJSON] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(StoredJSON.self, forKey: key) }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let value = try? single.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? single.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? single.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            for (key, value) in members { try container.encode(value, forKey: DynamicCodingKey(key)) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }
}
