/// Where a figure comes from: the source, its address, its date, and who reported it.
///
/// A benchmark score printed in DeepSeek's table for GPT-4o is DeepSeek's measurement, not
/// OpenAI's claim; `reportedBy` keeps that distinction visible next to every number.
public struct Provenance: Hashable, Sendable {
    /// How directly the figure was read from its source.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Read in the owner's own repo, paper, model card, API doc or official page.
        case primary
        /// Read in a news copy, aggregator or third-party page that quotes the primary.
        case secondary
        /// Arithmetic on primary or secondary inputs; the formula belongs in `note`.
        case derived
    }

    /// The id of an entry in the dataset's `sources` registry, if the figure cites one.
    public var ref: String?
    /// The source's name as shown to users; when nil, the registry entry's name is used.
    public var source: String?
    public var url: String?
    /// The date the figure is valid for (a price list's date, a report's date).
    public var asOf: DayDate?
    /// When an importer fetched it.
    public var retrieved: DayDate?
    /// The organization id of whoever measured or reported the figure.
    public var reportedBy: String?
    public var status: Status?
    public var note: String?

    public init(ref: String? = nil, source: String? = nil, url: String? = nil, asOf: DayDate? = nil,
                retrieved: DayDate? = nil, reportedBy: String? = nil, status: Status? = nil, note: String? = nil) {
        self.ref = ref
        self.source = source
        self.url = url
        self.asOf = asOf
        self.retrieved = retrieved
        self.reportedBy = reportedBy
        self.status = status
        self.note = note
    }
}

/// An entry of the dataset's source registry, cited by id from provenance records.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var url: String?
    public var status: Provenance.Status?

    public init(id: String, name: String, url: String? = nil, status: Provenance.Status? = nil) {
        self.id = id
        self.name = name
        self.url = url
        self.status = status
    }
}

/// A remark attached to a record, typically where sources disagree or a popular figure is wrong.
public struct Note: Hashable, Sendable {
    /// The field the note is about (`params.total`, `released`), or nil for the whole record.
    public var about: String?
    public var text: String
    public var provenance: Provenance?

    public init(about: String? = nil, text: String, provenance: Provenance? = nil) {
        self.about = about
        self.text = text
        self.provenance = provenance
    }
}
