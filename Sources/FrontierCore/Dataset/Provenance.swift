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
    public var ref: String? {
        get { box.fields.ref }
        set { change { $0.ref = newValue } }
    }
    /// The source's name as shown to users; when nil, the registry entry's name is used.
    public var source: String? {
        get { box.fields.source }
        set { change { $0.source = newValue } }
    }
    public var url: String? {
        get { box.fields.url }
        set { change { $0.url = newValue } }
    }
    /// The date the figure is valid for (a price list's date, a report's date).
    public var asOf: DayDate? {
        get { box.fields.asOf }
        set { change { $0.asOf = newValue } }
    }
    /// When an importer fetched it.
    public var retrieved: DayDate? {
        get { box.fields.retrieved }
        set { change { $0.retrieved = newValue } }
    }
    /// The organization id of whoever measured or reported the figure.
    public var reportedBy: String? {
        get { box.fields.reportedBy }
        set { change { $0.reportedBy = newValue } }
    }
    public var status: Status? {
        get { box.fields.status }
        set { change { $0.status = newValue } }
    }
    public var note: String? {
        get { box.fields.note }
        set { change { $0.note = newValue } }
    }

    public init(ref: String? = nil, source: String? = nil, url: String? = nil, asOf: DayDate? = nil,
                retrieved: DayDate? = nil, reportedBy: String? = nil, status: Status? = nil, note: String? = nil) {
        box = Box(Fields(ref: ref, source: source, url: url, asOf: asOf, retrieved: retrieved, reportedBy: reportedBy,
                         status: status, note: note))
    }

    /// The fields live in one shared, immutable box: every record may carry a provenance, so a
    /// record holds one reference instead of eight fields, and a copy costs one retain. A
    /// change makes a new box.
    private var box: Box

    private struct Fields: Hashable, Sendable {
        var ref: String?
        var source: String?
        var url: String?
        var asOf: DayDate?
        var retrieved: DayDate?
        var reportedBy: String?
        var status: Status?
        var note: String?
    }

    private final class Box: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = box.fields
        edit(&fields)
        box = Box(fields)
    }

    public static func == (lhs: Provenance, rhs: Provenance) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
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
