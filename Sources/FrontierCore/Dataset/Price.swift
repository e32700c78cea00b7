/// An API list price in US dollars per million tokens, valid from a date.
public struct Price: Hashable, Sendable, Identifiable {
    public var id: String
    public var model: String
    /// The provider's API name (`deepseek-chat`, `gpt-4o-2024-08-06`).
    public var apiId: String?
    /// Who serves it at this price, when not the developer (a third-party host).
    public var provider: String?
    public var input: Double
    public var cachedInput: Double?
    public var output: Double
    public var asOf: DayDate
    /// The last day this price applied, for superseded and promotional prices.
    public var until: DayDate?
    /// A qualifier such as a prompt-length tier (`<=128K prompt`).
    public var tier: String?
    public var provenance: Provenance?
    public var notes: [Note]

    public init(id: String, model: String, apiId: String? = nil, provider: String? = nil, input: Double,
                cachedInput: Double? = nil, output: Double, asOf: DayDate, until: DayDate? = nil, tier: String? = nil,
                provenance: Provenance? = nil, notes: [Note] = []) {
        self.id = id
        self.model = model
        self.apiId = apiId
        self.provider = provider
        self.input = input
        self.cachedInput = cachedInput
        self.output = output
        self.asOf = asOf
        self.until = until
        self.tier = tier
        self.provenance = provenance
        self.notes = notes
    }
}
