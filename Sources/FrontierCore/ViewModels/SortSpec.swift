/// How a pane's rows are ordered.
public struct SortSpec: Hashable, Sendable, Codable {
    public var key: String
    public var descending: Bool

    public init(key: String, descending: Bool) {
        self.key = key
        self.descending = descending
    }

    /// The direction a key sorts in when first chosen: names A to Z, prices cheapest first,
    /// everything else (dates, scores, sizes, costs) largest first.
    public static func natural(_ key: String) -> SortSpec {
        SortSpec(key: key, descending: !["name", "org", "source", "headline", "price"].contains(key))
    }
}
