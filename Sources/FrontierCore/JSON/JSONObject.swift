/// The members of a JSON object in source order, each key with its own position.
///
/// Order is kept so that diagnostics and re-encoded output follow the author's layout. Lookup
/// is a linear scan: dataset records have a dozen keys, where a scan beats hashing.
public struct JSONObject: Equatable, Sendable {
    /// One `"key": value` pair.
    public struct Member: Equatable, Sendable {
        public var key: String
        public var keyPosition: JSONPosition
        public var value: JSONValue

        public init(key: String, keyPosition: JSONPosition = .none, value: JSONValue) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value of the first member named `key`; a repeated key is a diagnostic, not a choice.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }

    /// The first member named `key`, with the position of its key.
    public func member(_ key: String) -> Member? {
        members.first { $0.key == key }
    }

    public var keys: [String] { members.map(\.key) }
}
