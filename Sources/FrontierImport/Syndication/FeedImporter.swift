import FrontierCore

/// Reads an RSS or Atom news feed into news items with provenance, for `frontier import rss|atom`.
///
/// The kind is told by the root element, not by what the user typed: `<rss>` (RSS 2.0 and 0.9x),
/// `<rdf:RDF>` (RSS 1.0 and 0.90) or `<feed>` (Atom), so a feed imported under the wrong name
/// still reads. Every entry becomes an `ImportedNews` unless it has no title, a date this reader
/// does not understand (see `FeedDate`), or repeats an earlier entry's GUID/id or canonical URL;
/// each of those is left out with an `ImportWarning` naming it. An entry with no date at all
/// (RSS makes dates optional; 0.9x has none) is kept with the feed's date or the day of the
/// import, marked approximate. An Atom entry must have one. Entries are not matched to the
/// dataset here: that is the reconciler's work.
public enum FeedImporter {
    /// The feed's entries as news, and the entries left out and why.
    ///
    /// Throws when the bytes are empty, not XML, XML broken past recovery (a truncated download),
    /// or XML that is not a feed; the error's place is `context.location` and, where there is
    /// one, the line and column.
    public static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        guard bytes.contains(where: { !isBlank($0) }) else {
            throw ImportError(place: context.location, message: "empty: there is no feed to read")
        }
        let root: XMLTreeElement
        do {
            root = try XMLReader.parse(bytes)
        } catch {
            throw ImportError(place: "\(context.location):\(error.line):\(error.column)",
                              message: "not a readable feed: \(error.message)")
        }
        let base = FeedLinks.documentBase(context.location)
        let document: FeedDocument
        switch root.localName.lowercased() {
        case "rss", "rdf":
            document = RSSFeed.read(root, documentBase: base)
        case "feed" where root.vocabulary == .atom || root.vocabulary == .plain:
            document = AtomFeed.read(root, documentBase: base)
        default:
            throw ImportError(place: "\(context.location):\(root.line):\(root.column)",
                              message: "not a news feed: the root element is <\(root.name)>; "
                                  + "expected <rss>, <rdf:RDF> or <feed>")
        }
        return batch(from: document, context: context)
    }

    private static func batch(from document: FeedDocument, context: ImportContext) -> ImportBatch {
        let publisher = document.title ?? context.sourceName
        var batch = ImportBatch()
        var labelByGUID: [String: (label: String, date: DayDate)] = [:]
        var labelByURL: [String: String] = [:]
        let channelDay = document.channelDates.lazy.compactMap(FeedDate.day).first
        // A feed with nothing in it is more often a feed this reader did not understand than an
        // empty one, so the import says so rather than quietly succeeding with nothing.
        if document.entries.isEmpty {
            batch.skipped.append(ImportWarning(place: context.location, reason: "no items or entries in the feed"))
        }
        for entry in document.entries {
            let place = placeName(entry)
            guard let title = entry.title, !title.isEmpty else {
                batch.skipped.append(ImportWarning(place: place, reason: "no title"))
                continue
            }
            let date: DayDate
            var approximate = false
            if let own = entry.dates.lazy.compactMap(FeedDate.day).first {
                date = own
            } else if entry.dates.isEmpty, document.datesOptional {
                // RSS 0.9x items have no date element at all: the feed's own date, else the day
                // it was read, stands in, marked approximate.
                approximate = true
                date = channelDay ?? context.retrieved
            } else {
                let reason = entry.dates.first.map { "no usable date (\(quoted($0)))" } ?? "no usable date (no \(entry.dateElements))"
                batch.skipped.append(ImportWarning(place: place, reason: reason))
                continue
            }
            var guid = entry.guid
            if let given = guid, let first = labelByGUID[given], first.date != date {
                // A feed that repeats a GUID on another day (Windsurf's changelog gives each
                // patch release its minor version's) means another entry: the day tells them apart.
                guid = "\(given) \(date)"
            }
            if let guid, let first = labelByGUID[guid] {
                batch.skipped.append(ImportWarning(place: place, reason: "duplicate of \(first.label) (same guid)"))
                continue
            }
            // A GUID is the entry's identity: entries with different ones are different even
            // on one page (a changelog's releases). Without one, the URL, fragment included.
            if entry.guid == nil, let url = entry.link, let first = labelByURL[url] {
                batch.skipped.append(ImportWarning(place: place, reason: "duplicate of \(first) (same URL)"))
                continue
            }
            if let guid { labelByGUID[guid] = (entry.label, date) }
            if entry.guid == nil, let url = entry.link { labelByURL[url] = entry.label }
            var provenance = Provenance(source: publisher, url: entry.link ?? context.url, asOf: date,
                                        retrieved: context.retrieved, status: .secondary)
            if approximate, channelDay == nil {
                provenance.note = "\(NewsItem.firstSeenNoteText), nor for the feed: the day it was read stands in."
            }
            if let zone = entry.dates.first(where: { FeedDate.day($0) != nil }).flatMap(FeedDate.unknownZone(in:)) {
                provenance.note = "The date was read as UTC: the feed wrote it in \"\(zone)\", a time zone this reader does not know, so the day may be off by one."
            }
            var headline = title
            if let inner = GluedTitle.headline(in: title), !inner.isEmpty {
                headline = inner
                let said = "The feed's title was \"\(title)\": the date and section glued to its front are left out."
                provenance.note = provenance.note.map { $0 + " " + said } ?? said
            }
            batch.news.append(ImportedNews(guid: guid, url: entry.link, headline: headline, summary: entry.summary,
                                           date: date, approximate: approximate, publisher: publisher, provenance: provenance))
        }
        return batch
    }

    /// `item 4 "DeepSeek R1 ..."`: the entry's number, and its title when it has one.
    private static func placeName(_ entry: FeedEntry) -> String {
        guard let title = entry.title, !title.isEmpty else { return entry.label }
        return "\(entry.label) \(quoted(HTMLText.capped(title, at: 80)))"
    }

    /// `text` in double quotes, cut short so a warning stays on one line.
    private static func quoted(_ text: String) -> String {
        "\"\(HTMLText.capped(HTMLText.collapsed(text), at: 80))\""
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
