/// One dataset file after decoding: its records and the problems found in it alone.
public struct DecodedFile: Sendable {
    /// The file as the user named it.
    public var name: String
    public var title: String?
    public var description: String?
    /// Records grouped by kind, each in file order; records with problems are left out.
    public var records: [LocatedRecord]
    /// News the scanner read (`DatasetScanner`), in file order, after `records`; each with how
    /// its references are checked. A file decoded the slow way has its news in `records`.
    var news: GrowingArray<NewsItem> = []
    var newsChecks: [RecordChecks] = []
    /// The place of each id in `news`.
    var newsIndex: [String: Int] = [:]
    public var diagnostics: [Diagnostic]
    /// Reference checks of records that were left out, still run after the merge.
    var leftOutChecks: [DeferredCheck] = []
    /// Ids of the records that were left out.
    var leftOutIDs: [RecordKind: Set<String>] = [:]

    public init(name: String, title: String? = nil, description: String? = nil, records: [LocatedRecord] = [],
                diagnostics: [Diagnostic] = []) {
        self.name = name
        self.title = title
        self.description = description
        self.records = records
        self.diagnostics = diagnostics
    }
}
