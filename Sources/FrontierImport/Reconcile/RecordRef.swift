import FrontierCore

/// A record an import added or changed, named by its kind and id (`price price-o1-openai-2025-06-01`).
public struct RecordRef: Hashable, Sendable, CustomStringConvertible {
    public var kind: RecordKind
    public var id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.rawValue) \(id)" }
}
