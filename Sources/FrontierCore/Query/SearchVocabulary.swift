/// Distinct things rows refer to (organizations, models, sources, tags, licences), each with
/// the lowercased names a query value may match.
///
/// A field term such as `org:deepseek` is decided once per entry here, not once per row: a
/// million news items share a few dozen organizations, so each row only checks small integers.
struct SearchVocabulary: Sendable {
    private(set) var names: [[String]] = []
    private var entries: [String: Int32] = [:]

    /// The entry for `key`, added with `names` (lowercased here) the first time the key is seen.
    mutating func entry(_ key: String, names: @autoclosure () -> [String]) -> Int32 {
        if let existing = entries[key] { return existing }
        let index = Int32(self.names.count)
        self.names.append(names().map { $0.lowercased() })
        entries[key] = index
        return index
    }

    /// An entry whose only name is the key itself (a tag, a source name).
    mutating func entry(_ name: String) -> Int32 {
        entry(name, names: [name])
    }

    /// For each entry, whether one of its names contains `value` (already lowercased).
    func matching(_ value: String) -> [Bool] {
        names.map { names in names.contains { $0.contains(value) } }
    }
}
