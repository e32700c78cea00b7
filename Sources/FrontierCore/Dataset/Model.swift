/// A model with its metadata and every benchmark score the dataset holds for it.
public struct Model: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The organization id of the developer.
    public var org: String
    /// Other names: API ids, Hugging Face names, spellings in the press ("DeepSeek V3").
    public var aliases: [String]
    public var released: DayDate
    public var parameters: Parameters?
    /// Maximum context in tokens.
    public var context: Int?
    public var license: License?
    /// A reasoning model that thinks before it answers (o1, R1).
    public var reasoning: Bool
    public var tags: [String]
    /// Scores in the order they are shown; the first for a benchmark is the table's headline.
    public var scores: [Score]
    public var description: String?
    public var provenance: Provenance?
    public var notes: [Note]

    public init(id: String, name: String, org: String, aliases: [String] = [], released: DayDate,
                parameters: Parameters? = nil, context: Int? = nil, license: License? = nil,
                reasoning: Bool = false, tags: [String] = [], scores: [Score] = [], description: String? = nil,
                provenance: Provenance? = nil, notes: [Note] = []) {
        self.id = id
        self.name = name
        self.org = org
        self.aliases = aliases
        self.released = released
        self.parameters = parameters
        self.context = context
        self.license = license
        self.reasoning = reasoning
        self.tags = tags
        self.scores = scores
        self.description = description
        self.provenance = provenance
        self.notes = notes
    }

    /// The first score listed for `benchmark`, the one tables show.
    public func headlineScore(for benchmark: String) -> Score? {
        scores.first { $0.benchmark == benchmark }
    }
}

extension Model {
    /// How a note says that `released` is the day a listing first showed the model, not a
    /// release date (an import that knew no date wrote it).
    public static let firstSeenNoteText = "Not a release date"

    /// The tags that say a model does something other than generate text; an import tags the
    /// models it creates with one (see `ModelKind` in the importers).
    public static let kindTags: [String] = ["embedding", "rerank", "moderation", "image", "video", "audio"]

    /// What the model does when it is not text generation (`embedding`, `image`, …), or nil.
    public var kind: String? {
        Self.kindTags.first { tags.contains($0) }
    }

    /// What a model makes, as `modality:` names it: `text` for text generation (chat,
    /// reasoning, code), else its kind tag.
    public static let modalities: [String] = ["text"] + kindTags

    /// The model's place in `modalities`.
    public var modality: Int {
        kind.flatMap { Self.kindTags.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    }

    /// The tag an import gives a model it created because no record matched a listing: a
    /// model that only a price list (or Epoch's table) knows.
    public static let listedTag = "unmatched"

    /// True for a model only a list knows (`listedTag`); the dashboard shows these on request.
    public var isListed: Bool {
        tags.contains(Self.listedTag)
    }

    /// True when `released` is only the day a listing first showed the model.
    public var releasedIsFirstSeen: Bool {
        notes.contains { $0.about == "released" && $0.text.hasPrefix(Self.firstSeenNoteText) }
    }
}

/// Parameter counts; nil totals mean undisclosed, never zero.
public struct Parameters: Hashable, Sendable {
    /// Total parameters (a count, e.g. 671e9).
    public var total: Double?
    /// Parameters active per token, for mixture-of-experts models.
    public var active: Double?
    public var provenance: Provenance?

    public init(total: Double? = nil, active: Double? = nil, provenance: Provenance? = nil) {
        self.total = total
        self.active = active
        self.provenance = provenance
    }
}

/// The licence of a model's weights, and whether the weights can be downloaded at all.
public struct License: Hashable, Sendable {
    public var name: String
    /// An SPDX identifier where one exists (`MIT`, `Apache-2.0`).
    public var spdx: String?
    public var openWeights: Bool
    /// Whether commercial use is allowed; nil when the dataset does not say.
    public var commercial: Bool?
    public var url: String?

    public init(name: String, spdx: String? = nil, openWeights: Bool, commercial: Bool? = nil, url: String? = nil) {
        self.name = name
        self.spdx = spdx
        self.openWeights = openWeights
        self.commercial = commercial
        self.url = url
    }
}

/// One benchmark result with the setting it was measured in and who reported it.
public struct Score: Hashable, Sendable {
    public var benchmark: String
    public var value: Double
    /// The metric or harness setting (`pass@1`, `5-shot`, `consensus@64`).
    public var setting: String?
    /// The model snapshot measured, when it is narrower than the model (`2024-05-13`).
    public var variant: String?
    public var provenance: Provenance?

    public init(benchmark: String, value: Double, setting: String? = nil, variant: String? = nil, provenance: Provenance? = nil) {
        self.benchmark = benchmark
        self.value = value
        self.setting = setting
        self.variant = variant
        self.provenance = provenance
    }
}
