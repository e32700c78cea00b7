import FrontierCore

/// What one importer read from one outside source, before it is matched against a dataset.
///
/// Importers (`rss`, `atom`, `openrouter`, `modelsdev`, `litellm`, `epoch`) only translate a
/// format: they know nothing of the dataset's ids. `ImportReconciler` matches the names they
/// found against the dataset's models and organizations (ids, names, aliases) and turns the
/// batch into records. Every figure carries the provenance the importer gave it.
public struct ImportBatch: Hashable, Sendable {
    /// News items, from feeds.
    public var news: [ImportedNews]
    /// Models as a price list or a compute table lists them, with their figures.
    public var listings: [ModelListing]
    /// Entries left out, each with where it was and why.
    public var skipped: [ImportWarning]

    public init(news: [ImportedNews] = [], listings: [ModelListing] = [], skipped: [ImportWarning] = []) {
        self.news = news
        self.listings = listings
        self.skipped = skipped
    }
}

/// Who an import read and when; stamped on every figure's provenance.
public struct ImportContext: Hashable, Sendable {
    /// The source's name as users know it (`OpenRouter`, `models.dev`, a feed's title).
    public var sourceName: String
    /// The file path or URL the bytes came from.
    public var location: String
    /// The day the bytes were fetched or read.
    public var retrieved: DayDate

    public init(sourceName: String, location: String, retrieved: DayDate) {
        self.sourceName = sourceName
        self.location = location
        self.retrieved = retrieved
    }

    /// The location when it is an http(s) URL, for provenance; a local path or stdin says
    /// nothing to someone reading the dataset on another machine.
    public var url: String? {
        let lowered = location.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? location : nil
    }
}

/// An entry an importer left out, and why (`item 4: no usable date ("yesterday")`).
public struct ImportWarning: Hashable, Sendable, CustomStringConvertible {
    /// Where in the source: `item 4`, `line 17`, `data[12] (openai/o1)`.
    public var place: String
    public var reason: String

    public init(place: String, reason: String) {
        self.place = place
        self.reason = reason
    }

    public var description: String { "\(place): \(reason)" }
}

/// One entry of a news feed, as plain text.
public struct ImportedNews: Hashable, Sendable {
    /// The feed's own identity for the entry (RSS `guid`, Atom `id`), trimmed.
    public var guid: String?
    /// The entry's link, absolute and canonical (see `CanonicalURL`).
    public var url: String?
    public var headline: String
    public var summary: String?
    public var date: DayDate
    /// The feed gave the entry no date of its own (RSS 0.9x items have none): `date` is the
    /// feed's date or the day of the import.
    public var approximate: Bool
    /// The publisher shown in the timeline: the feed's title, or the name given to the import.
    public var publisher: String
    public var provenance: Provenance

    public init(guid: String?, url: String?, headline: String, summary: String?, date: DayDate,
                approximate: Bool = false, publisher: String, provenance: Provenance) {
        self.approximate = approximate
        self.guid = guid
        self.url = url
        self.headline = headline
        self.summary = summary
        self.date = date
        self.publisher = publisher
        self.provenance = provenance
    }
}

/// A model as an outside listing names it, with whatever figures the listing gives.
public struct ModelListing: Hashable, Sendable {
    /// The listing's own key for the model (`deepseek/deepseek-chat`, `gpt-4o-2024-08-06`).
    public var sourceID: String
    /// The display name the listing gives (`DeepSeek: DeepSeek V3`), or the key when it gives none.
    public var name: String
    /// The developer as the listing names it (`deepseek`, `DeepSeek`, `Meta AI`), if it does.
    public var organization: String?
    /// Who serves the model at the listed price, when that is not the developer (`openrouter`).
    public var provider: String?
    public var released: DayDate?
    public var context: Int?
    /// Input and output modalities (`text`, `image`, `audio`), as the listing spells them.
    public var modalities: [String]
    /// What the model produces (`text`, `image`, `audio`, `video`), when the listing says.
    public var outputModalities: [String]
    /// Total parameters, a count (e.g. 671e9).
    public var parameters: Double?
    public var price: ListedPrice?
    public var training: ListedTraining?
    /// Where the listing itself came from (source, URL, retrieved, as-of).
    public var provenance: Provenance

    public init(sourceID: String, name: String, organization: String? = nil, provider: String? = nil,
                released: DayDate? = nil, context: Int? = nil, modalities: [String] = [], outputModalities: [String] = [],
                parameters: Double? = nil, price: ListedPrice? = nil, training: ListedTraining? = nil, provenance: Provenance) {
        self.sourceID = sourceID
        self.name = name
        self.organization = organization
        self.provider = provider
        self.released = released
        self.context = context
        self.modalities = modalities
        self.outputModalities = outputModalities
        self.parameters = parameters
        self.price = price
        self.training = training
        self.provenance = provenance
    }
}

/// A list price in US dollars per million tokens, already converted exactly from the source's unit.
public struct ListedPrice: Hashable, Sendable {
    public var input: Double
    public var output: Double
    public var cachedInput: Double?
    /// The day the price was seen or is valid from.
    public var asOf: DayDate
    /// What the price's provenance says about it (a per-request fee, tiers left out); the
    /// listing's own note is about the model and is not copied onto the price.
    public var note: String?

    public init(input: Double, output: Double, cachedInput: Double? = nil, asOf: DayDate, note: String? = nil) {
        self.input = input
        self.output = output
        self.cachedInput = cachedInput
        self.asOf = asOf
        self.note = note
    }
}

/// Training figures from a compute table.
public struct ListedTraining: Hashable, Sendable {
    public var flop: Double?
    public var costUSD: Double?
    /// How the source arrived at the cost, in its own words (Epoch's cost notes).
    public var costBasis: String?
    public var gpuHours: Double?
    public var gpuType: String?

    public init(flop: Double? = nil, costUSD: Double? = nil, costBasis: String? = nil, gpuHours: Double? = nil, gpuType: String? = nil) {
        self.flop = flop
        self.costUSD = costUSD
        self.costBasis = costBasis
        self.gpuHours = gpuHours
        self.gpuType = gpuType
    }
}

/// A source format could not be read at all (not JSON, not a feed, no header row).
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file or URL, and a position where there is one (`feed.xml:12:4`).
    public var place: String
    public var message: String

    public init(place: String, message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { "\(place): \(message)" }
}
