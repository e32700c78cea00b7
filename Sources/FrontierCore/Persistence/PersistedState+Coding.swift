import Foundation

extension PersistedState: Codable {
    /// A state file written by a newer build, in a format this one cannot promise to read.
    public struct NewerVersionError: Error, Hashable, Sendable {
        public var version: Int
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case version, focus, filters, sorts, marks, theme, mix, showsEveryRow, savedViews, filterHistory, lastExit, seenNews
    }

    /// Reads a state object leniently: a field that is missing or of the wrong type takes its
    /// default on its own instead of failing the whole file, and unknown fields are kept aside
    /// in `unknownFields` to be written back.
    ///
    /// Throws only when the value is not an object, or `NewerVersionError` when `version` is
    /// newer than `currentVersion`: guessing at a newer format could lose what it holds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = container.leniently(Int.self, forKey: .version) ?? Self.currentVersion
        guard version <= Self.currentVersion else { throw NewerVersionError(version: version) }
        self.init(
            focus: container.leniently(PaneID.self, forKey: .focus),
            filters: container.leniently(byPane: String.self, forKey: .filters).filter { !$0.value.isEmpty },
            sorts: container.leniently(byPane: SortSpec.self, forKey: .sorts),
            marks: Self.uniqued(container.leniently(listOf: String.self, forKey: .marks)),
            theme: container.leniently(String.self, forKey: .theme),
            mix: container.leniently(TokenMix.self, forKey: .mix).flatMap { Self.isUsable($0) ? $0 : nil },
            showsEveryRow: container.leniently(Bool.self, forKey: .showsEveryRow) ?? false,
            savedViews: container.leniently(byName: SavedView.self, forKey: .savedViews),
            filterHistory: container.leniently(byPane: LenientList<String>.self, forKey: .filterHistory)
                .mapValues { Self.normalizedHistory($0.elements) }
                .filter { !$0.value.isEmpty },
            lastExit: container.leniently(String.self, forKey: .lastExit).flatMap { Self.date(fromTimestamp: $0) == nil ? nil : $0 },
            seenNews: container.leniently(SeenNews.self, forKey: .seenNews),
            unknownFields: try Self.unknownFields(in: decoder)
        )
    }

    /// The members of the object whose names are not fields of this build.
    private static func unknownFields(in decoder: any Decoder) throws -> [String: StoredJSON] {
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        let object = try decoder.container(keyedBy: DynamicCodingKey.self)
        var fields: [String: StoredJSON] = [:]
        for key in object.allKeys where !known.contains(key.stringValue) {
            fields[key.stringValue] = try? object.decode(StoredJSON.self, forKey: key)
        }
        return fields
    }

    /// Writes every field that differs from its default; `version` always; and the unknown
    /// fields as they were read.
    ///
    /// Leaving defaults out keeps the file short, and reads back the same because a missing
    /// field decodes as its default.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.currentVersion, forKey: .version)
        try container.encodeIfPresent(focus, forKey: .focus)
        try container.encode(byPane: filters, forKey: .filters)
        try container.encode(byPane: sorts, forKey: .sorts)
        if !marks.isEmpty { try container.encode(marks, forKey: .marks) }
        try container.encodeIfPresent(theme, forKey: .theme)
        // JSON has no NaN or infinity; an unusable mix is dropped rather than failing the save.
        try container.encodeIfPresent(mix.flatMap { Self.isUsable($0) ? $0 : nil }, forKey: .mix)
        if showsEveryRow { try container.encode(true, forKey: .showsEveryRow) }
        if !savedViews.isEmpty { try container.encode(savedViews, forKey: .savedViews) }
        try container.encode(byPane: filterHistory, forKey: .filterHistory)
        try container.encodeIfPresent(lastExit, forKey: .lastExit)
        try container.encodeIfPresent(seenNews, forKey: .seenNews)
        // A field this build learns later must not be shadowed by a copy kept from an old file.
        let known = Set(CodingKeys.allCases.map(\.stringValue))
        var others = encoder.container(keyedBy: DynamicCodingKey.self)
        for (name, value) in unknownFields where !known.contains(name) {
            try others.encode(value, forKey: DynamicCodingKey(name))
        }
    }

    /// The state as the file holds it: pretty-printed with sorted keys, so it reads well and
    /// a change shows up as a small diff, ending in a newline.
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// A mix that can blend prices: finite, not negative, not all zero.
    private static func isUsable(_ mix: TokenMix) -> Bool {
        mix.input.isFinite && mix.output.isFinite && mix.input >= 0 && mix.output >= 0 && mix.input + mix.output > 0
    }

    /// A history as `recording(query:for:)` would have built it, for files edited by hand.
    private static func normalizedHistory(_ queries: [String]) -> [String] {
        queries.reduce(into: []) { history, query in history = Self.history(history, adding: query) }
    }

    private static func uniqued(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
