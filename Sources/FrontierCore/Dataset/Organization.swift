/// A lab, company, regulator or research group that models and news refer to by id.
public struct Organization: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Other names used for matching imported records and headlines ("Alibaba", "Qwen team").
    public var aliases: [String]
    public var country: String?
    public var description: String?
    public var url: String?
    public var provenance: Provenance?
    public var notes: [Note]

    public init(id: String, name: String, aliases: [String] = [], country: String? = nil,
                description: String? = nil, url: String? = nil, provenance: Provenance? = nil, notes: [Note] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.country = country
        self.description = description
        self.url = url
        self.provenance = provenance
        self.notes = notes
    }
}
