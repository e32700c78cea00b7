/// Decoding that falls back to "absent" instead of failing, for files people may edit by hand.
extension KeyedDecodingContainer {
    /// The value at `key`, or nil when it is missing, null or of another type.
    func leniently<Value: Decodable>(_ type: Value.Type, forKey key: Key) -> Value? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }

    /// The array at `key` without the elements of another type; empty when it is not an array.
    func leniently<Element: Decodable>(listOf type: Element.Type, forKey key: Key) -> [Element] {
        leniently(LenientList<Element>.self, forKey: key)?.elements ?? []
    }

    /// The object at `key` as a dictionary, without the entries whose values do not decode;
    /// empty when it is not an object.
    func leniently<Value: Decodable>(byName type: Value.Type, forKey key: Key) -> [String: Value] {
        guard let object = try? nestedContainer(keyedBy: DynamicCodingKey.self, forKey: key) else { return [:] }
        var result: [String: Value] = [:]
        for entry in object.allKeys {
            if let value = object.leniently(type, forKey: entry) {
                result[entry.stringValue] = value
            }
        }
        return result
    }

    /// The object at `key` keyed by pane name; entries for panes this build does not have
    /// (a newer build may add some) and values that do not decode are left out.
    func leniently<Value: Decodable>(byPane type: Value.Type, forKey key: Key) -> [PaneID: Value] {
        var result: [PaneID: Value] = [:]
        for (name, value) in leniently(byName: type, forKey: key) {
            if let pane = PaneID(rawValue: name) { result[pane] = value }
        }
        return result
    }
}
