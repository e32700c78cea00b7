extension KeyedEncodingContainer {
    /// Encodes a pane-keyed dictionary as a JSON object keyed by pane name, and nothing when
    /// it is empty (a missing field decodes as empty).
    ///
    /// Codable writes a dictionary whose keys are not `String` as a flat array of alternating
    /// keys and values; an object is what a person reading the file expects.
    mutating func encode<Value: Encodable>(byPane dictionary: [PaneID: Value], forKey key: Key) throws {
        guard !dictionary.isEmpty else { return }
        let byName = Dictionary(uniqueKeysWithValues: dictionary.map { ($0.key.rawValue, $0.value) })
        try encode(byName, forKey: key)
    }
}
