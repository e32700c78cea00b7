/// What it took to train a model: compute, hardware and an estimated cost with its method.
public struct TrainingRun: Hashable, Sendable, Identifiable {
    /// How the cost figure was arrived at.
    public enum Basis: String, Hashable, Sendable, CaseIterable {
        /// The developer's own figure.
        case reported
        /// An outside estimate (AI Index, Epoch AI, analysts).
        case estimate
        /// Arithmetic done for this dataset from sourced inputs.
        case derived
    }

    public var id: String
    /// The model id, when the run belongs to a model in the dataset.
    public var model: String?
    /// A label for runs without a model in the dataset ("Gemini 1.0 Ultra", "DeepSeek fleet").
    public var label: String?
    public var org: String?
    public var gpuHours: Double?
    public var gpuType: String?
    public var gpuCount: Int?
    public var tokens: Double?
    public var flop: Double?
    /// Estimated cost in US dollars.
    public var costUSD: Double?
    public var costLow: Double?
    public var costHigh: Double?
    public var basis: Basis
    /// How the figures were computed and what they leave out.
    public var method: String?
    public var provenance: Provenance?
    public var notes: [Note]

    public init(id: String, model: String? = nil, label: String? = nil, org: String? = nil, gpuHours: Double? = nil,
                gpuType: String? = nil, gpuCount: Int? = nil, tokens: Double? = nil, flop: Double? = nil,
                costUSD: Double? = nil, costLow: Double? = nil, costHigh: Double? = nil, basis: Basis,
                method: String? = nil, provenance: Provenance? = nil, notes: [Note] = []) {
        self.id = id
        self.model = model
        self.label = label
        self.org = org
        self.gpuHours = gpuHours
        self.gpuType = gpuType
        self.gpuCount = gpuCount
        self.tokens = tokens
        self.flop = flop
        self.costUSD = costUSD
        self.costLow = costLow
        self.costHigh = costHigh
        self.basis = basis
        self.method = method
        self.provenance = provenance
        self.notes = notes
    }
}
