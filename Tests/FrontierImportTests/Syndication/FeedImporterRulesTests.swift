import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing
import TestSupport

private let retrieved = DayDate(year: 2025, month: 2, day: 10)!

private func context(_ location: String) -> ImportContext {
    ImportContext(sourceName: "Given name", location: location, retrieved: retrieved)
}

private func importText(_ text: String, location: String = "feed.xml") throws(ImportError) -> ImportBatch {
    try FeedImporter.parse(Array(text.utf8), context: context(location))
}

/// The error `FeedImporter` throws for `text`, as `place: message`, or nil when it reads.
private func importError(_ text: String, location: String = "feed.xml") -> String? {
    do {
        _ = try importText(text, location: location)
        return nil
    } catch {
        return error.description
    }
}

private func rss(_ items: String, channel: String = "<title>T</title>") -> String {
    "<rss version=\"2.0\"><channel>\(channel)\(items)</channel></rss>"
}

@Suite struct FeedImporterRulesTests {
    // MARK: Refusals

    // MARK: Titles

    /// Anthropic's research feed: each title is a web card's date, section and headline run
    /// together (`Aug 18, 2026ScienceHow Claude ...`).
    @Test func aDateAndSectionGluedToATitleAreLeftOutAndTheNoteKeepsTheOriginal() throws {
        let glued = "Aug 18, 2026ScienceHow Claude is accelerating protein design"
        let batch = try importText(rss("""
            <item><title>\(glued)</title><link>https://a.example/1</link><pubDate>Tue, 18 Aug 2026 10:00:00 GMT</pubDate></item>
            <item><title>Aug 13, 2026Frontier Red TeamPatterns and problems in DeepSeek systems</title><link>https://a.example/2</link><pubDate>Thu, 13 Aug 2026 10:00:00 GMT</pubDate></item>
            <item><title>Aug 18, 2026: what changed at DeepSeek</title><link>https://a.example/3</link><pubDate>Tue, 18 Aug 2026 10:00:00 GMT</pubDate></item>
            <item><title>May 5, 2026Short</title><link>https://a.example/4</link><pubDate>Tue, 05 May 2026 10:00:00 GMT</pubDate></item>
            """))
        #expect(batch.news.map(\.headline) == [
            "How Claude is accelerating protein design", "Patterns and problems in DeepSeek systems",
            "Aug 18, 2026: what changed at DeepSeek", "Short",
        ])
        #expect(batch.news[0].provenance.note?.contains(glued) == true)
        #expect(batch.news[2].provenance.note == nil)
        #expect(GluedTitle.headline(in: "May 5, 2026X") == "X")
        #expect(GluedTitle.headline(in: "Mayday 5, 2026X") == nil)
        #expect(GluedTitle.headline(in: "") == nil)
    }

    @Test func refusesEmptyInput() {
        #expect(importError("") == "feed.xml: empty: there is no feed to read")
        #expect(importError(" \n\t") == "feed.xml: empty: there is no feed to read")
    }

    @Test func refusesWhatIsNotXMLAtTheLineAndColumnWhereItBreaks() {
        #expect(importError(#"{"data": []}"#) == "feed.xml:1:1: not a readable feed: not XML: expected '<' but found '{'")
        #expect(importError("<rss><channel>\n<item><title>Cut short", location: "https://example.com/feed")
            == "https://example.com/feed:2:23: not a readable feed: the document ends inside <title> (opened at 2:7); "
            + "it may have been cut short")
    }

    @Test func refusesXMLThatIsNotAFeedNamingTheRootElement() {
        #expect(importError("<!DOCTYPE html>\n<html><head><title>Blog</title></head><body><p>Hi</body></html>")
            == "feed.xml:2:1: not a news feed: the root element is <html>; expected <rss>, <rdf:RDF> or <feed>")
        #expect(importError("<?xml version=\"1.0\"?>\n  <svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>")
            == "feed.xml:2:3: not a news feed: the root element is <svg:svg>; expected <rss>, <rdf:RDF> or <feed>")
        #expect(importError("<feed xmlns=\"http://example.com/not-atom\"/>")
            == "feed.xml:1:1: not a news feed: the root element is <feed>; expected <rss>, <rdf:RDF> or <feed>")
    }

    @Test func warnsNamingTheFileWhenAFeedHasNoEntries() throws {
        let warned = ImportBatch(skipped: [ImportWarning(place: "feed.xml", reason: "no items or entries in the feed")])
        #expect(try importText(rss("")) == warned)
        #expect(try importText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>") == warned)
    }

    // MARK: Publisher and provenance

    @Test func namesTheGivenSourceAsPublisherWhenTheFeedHasNoTitle() throws {
        let item = "<item><title>Llama 4</title><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>"
        for channel in ["", "<title>  </title>", "<title><![CDATA[<br/>]]></title>"] {
            let batch = try importText(rss(item, channel: channel))
            #expect(batch.news.map(\.publisher) == ["Given name"])
            #expect(batch.news.map(\.provenance.source) == ["Given name"])
        }
    }

    @Test func citesTheFeedsURLWhenAnEntryHasNoLinkButNeverALocalPath() throws {
        let item = rss("<item><title>Llama 4</title><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>")
        let fetched = try #require(try importText(item, location: "https://example.org/meta.xml").news.first)
        #expect(fetched.url == nil)
        #expect(fetched.provenance == Provenance(source: "T", url: "https://example.org/meta.xml", asOf: DayDate(year: 2025, month: 4, day: 5),
                                                 retrieved: retrieved, status: .secondary))
        let local = try #require(try importText(item, location: "/data/feeds/meta.xml").news.first)
        #expect(local.provenance.url == nil, "a path on the importing machine means nothing to a reader elsewhere")
    }

    // MARK: Links

    @Test func resolvesRelativeLinksAgainstTheFetchedAddressWhenTheFeedHasNoLinkOfItsOwn() throws {
        let items = "<item><title>A</title><link>posts/a</link><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>"
        #expect(try importText(rss(items), location: "https://Example.com/news/feed.xml").news.first?.url
            == "https://example.com/news/posts/a")
        // A file path is no base for the web: the link stays unknown rather than guessed.
        #expect(try importText(rss(items), location: "feeds/meta.xml").news.first?.url == nil)
        // The channel's atom:link to itself serves when it has no RSS link.
        let selfLinked = rss(items, channel: #"<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" href="https://feeds.example.org/x/rss"/>"#)
        #expect(try importText(selfLinked).news.first?.url == "https://feeds.example.org/x/posts/a")
    }

    @Test func prefersAnXMLBaseOverTheFeedsOwnLink() throws {
        let text = #"<rss xml:base="https://cdn.example.net/blog/"><channel><link>https://example.com/</link>"#
            + "<item><title>A</title><link>a</link><pubDate>5 Apr 2025 18:00 GMT</pubDate></item></channel></rss>"
        #expect(try importText(text).news.first?.url == "https://cdn.example.net/blog/a")
    }

    @Test func takesAnItemsLinkFromAtomLinkThenFromAPermalinkGUID() throws {
        let items = """
            <item><title>A</title><atom:link rel="alternate" href="/a"/><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>B</title><guid>https://example.com/b</guid><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>C</title><guid isPermaLink="false">https://example.com/c</guid><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>D</title><guid>d-1234</guid><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            """
        // The feed lives on another host than the site, so the base shows which link was taken.
        let channel = #"<atom:link rel="self" href="https://feeds.example.org/feed"/><link>https://example.com/</link>"#
        // The atom prefix is not declared; it is read as Atom all the same.
        let batch = try importText(rss(items, channel: channel))
        // The channel's RSS <link> is the base, not its <atom:link rel="self">.
        #expect(batch.news.map(\.url) == ["https://example.com/a", "https://example.com/b", nil, nil])
        #expect(batch.news.map(\.guid) == [nil, "https://example.com/b", "https://example.com/c", "d-1234"])
    }

    // MARK: Dates

    @Test func fallsBackToTheNextDateElementWhenTheFirstIsUnreadable() throws {
        let items = """
            <item><title>A</title><pubDate>soon</pubDate><dc:date>2025-04-05</dc:date></item>
            <item><title>B</title><pubDate>soon</pubDate><dc:date>later</dc:date></item>
            """
        // dc is used without being declared, as hand-written feeds do.
        let batch = try importText(rss(items))
        #expect(batch.news.map(\.date.description) == ["2025-04-05"])
        #expect(batch.skipped == [ImportWarning(place: #"item 2 "B""#, reason: #"no usable date ("soon")"#)])

        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><published>n/a</published>
            <updated>2025-04-06T01:00:00+02:00</updated></entry></feed>
            """
        #expect(try importText(atom).news.map(\.date.description) == ["2025-04-05"])
    }

    // MARK: Skipping

    @Test func skipsEntriesWithoutATitleAndCutsLongTitlesInWarnings() throws {
        let long = String(repeating: "Gemini ", count: 20)
        let items = """
            <item><description>Only a description</description><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>\(long)</title><pubDate>someday</pubDate></item>
            """
        let batch = try importText(rss(items))
        #expect(batch.news.isEmpty)
        #expect(batch.skipped.map(\.description) == [
            "item 1: no title",
            "item 2 \"" + String(repeating: "Gemini ", count: 10) + "Gemini…\": no usable date (\"someday\")",
        ])
    }

    /// Issue 12, point 5: an entry is its GUID; without one, its URL with the fragment. Only
    /// entries that were kept count, and every skip says why.
    @Test func dedupesOnlyAgainstEntriesThatWereKept() throws {
        let items = """
            <item><title>A</title><guid>g1</guid><link>https://example.com/a</link><pubDate>never</pubDate></item>
            <item><title>A again</title><guid>g1</guid><link>https://example.com/a</link><pubDate>5 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>A thrice</title><link>https://example.com/a?utm_source=x</link><pubDate>6 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>A fourth</title><link>https://example.com/a#part-2</link><pubDate>6 Apr 2025 18:00 GMT</pubDate></item>
            <item><title>A fifth</title><link>https://example.com/a?utm_source=y</link><pubDate>6 Apr 2025 19:00 GMT</pubDate></item>
            <item><title>B</title><guid>g1</guid><link>https://example.com/b</link><pubDate>5 Apr 2025 20:00 GMT</pubDate></item>
            <item><title>C</title><guid>g1</guid><link>https://example.com/c</link><pubDate>8 Apr 2025 18:00 GMT</pubDate></item>
            """
        let batch = try importText(rss(items))
        #expect(batch.news.map(\.headline) == ["A again", "A thrice", "A fourth", "C"])
        #expect(batch.news.map(\.url) == ["https://example.com/a", "https://example.com/a", "https://example.com/a#part-2",
                                          "https://example.com/c"])
        // The same GUID on another day is another entry: Windsurf's changelog repeats a minor
        // version's GUID for each of its patch releases.
        #expect(batch.news.last?.guid == "g1 2025-04-08")
        #expect(batch.skipped.map(\.description) == [
            #"item 1 "A": no usable date ("never")"#,
            #"item 5 "A fifth": duplicate of item 3 (same URL)"#,
            #"item 6 "B": duplicate of item 2 (same guid)"#,
        ])
    }

    /// Entries with their own GUIDs are different entries even on one page.
    @Test func entriesWithDifferentGUIDsOnOnePageAreAllKept() throws {
        let items = (1...3).map { number in
            "<item><title>Release 1.\(number)</title><guid>https://example.com/changelog#1.\(number)</guid>"
                + "<link>https://example.com/changelog</link><pubDate>\(number) Apr 2025 18:00 GMT</pubDate></item>"
        }.joined()
        let batch = try importText(rss(items))
        #expect(batch.news.count == 3)
        #expect(batch.skipped.isEmpty)
    }

    // MARK: Vocabularies

    @Test func readsRSS091AndAtomWithoutANamespace() throws {
        let rss091 = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link>
            <item><title>GPT-2 released</title><link>http://old.example.com/gpt-2</link><pubDate>Thu, 14 Feb 19 18:00:00 PST</pubDate></item>
            </channel></rss>
            """
        let old = try importText(rss091)
        #expect(old.news.map(\.headline) == ["GPT-2 released"])
        #expect(old.news.map(\.date.description) == ["2019-02-15"])
        #expect(old.news.map(\.url) == ["http://old.example.com/gpt-2"])

        let bareAtom = """
            <feed><title>Bare</title><entry><title type="html">o1 &amp;amp; o1-mini</title><link href="https://x.example/o1"/>
            <id>x-1</id><updated>2024-09-12T17:00:00Z</updated></entry></feed>
            """
        let atom = try importText(bareAtom)
        #expect(atom.news.map(\.headline) == ["o1 & o1-mini"])
        #expect(atom.news.map(\.publisher) == ["Bare"])
        #expect(atom.news.map(\.guid) == ["x-1"])
    }

    @Test func readsUnescapedHTMLInADescription() throws {
        let item = "<item><title>A</title><pubDate>5 Apr 2025 18:00 GMT</pubDate>"
            + "<description><p>Meta <b>released</b> Llama 4.</p><p>Scout &amp; Maverick.</p></description></item>"
        #expect(try importText(rss(item)).news.first?.summary == "Meta released Llama 4. Scout & Maverick.")
    }

    @Test func takesContentEncodedWhenTheDescriptionHasNoWords() throws {
        let items = """
            <item><title>A</title><pubDate>5 Apr 2025 18:00 GMT</pubDate><description><![CDATA[<img src="a.png">]]></description>
            <content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded></item>
            <item><title>B</title><pubDate>5 Apr 2025 18:00 GMT</pubDate><description>Short.</description>
            <content:encoded>Full text.</content:encoded></item>
            <item><title>C</title><pubDate>5 Apr 2025 18:00 GMT</pubDate><description> </description></item>
            """
        #expect(try importText(rss(items)).news.map(\.summary) == ["Full text.", "Short.", nil])
    }

    @Test func prefersAtomSummaryToContentAndIgnoresContentElsewhere() throws {
        let text = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>A</title><updated>2025-01-01T00:00:00Z</updated><summary>Short.</summary><content>Long.</content></entry>
            <entry><title>B</title><updated>2025-01-01T00:00:00Z</updated><content src="https://x.example/b"/></entry>
            <entry><title>C</title><updated>2025-01-01T00:00:00Z</updated><content type="image/png">iVBORw0KGgo=</content></entry>
            <entry><title>D</title><updated>2025-01-01T00:00:00Z</updated><summary> </summary><content>Body.</content></entry>
            </feed>
            """
        #expect(try importText(text).news.map(\.summary) == ["Short.", nil, nil, "Body."])
    }

    // MARK: Links

    /// Issue 12, point 7: a `gemini://` or PDF alternate listed first does not become the row's link.
    @Test(arguments: [
        (#"<link href="gemini://example.org/a"/><link rel="alternate" type="text/html" href="https://example.org/a"/>"#,
         "https://example.org/a"),
        (#"<link type="application/pdf" href="https://example.org/a.pdf"/><link href="https://example.org/a"/>"#,
         "https://example.org/a"),
        (#"<link href="gemini://example.org/a"/><link type="application/pdf" href="https://example.org/a.pdf"/>"#,
         "gemini://example.org/a"),
        (#"<link href="gemini://example.org/a"/>"#, "gemini://example.org/a"),
    ])
    func atomPrefersTheWebPageAmongAlternates(links: String, expected: String) throws {
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><id>urn:a</id>\(links)\
            <updated>2025-02-01T00:00:00Z</updated></entry></feed>
            """
        let batch = try importText(feed)
        #expect(batch.news.map(\.url) == [expected])
    }

    // MARK: Undated items

    /// Issue 12, point 7: RSS 0.9x items have no date element; they are kept with the feed's
    /// date, or the day of the import, marked approximate, instead of refused.
    @Test func undatedItemsTakeTheFeedsDateOrTheImportDayAndAreApproximate() throws {
        let dated = try importText(rss("<item><title>A</title><link>https://example.com/a</link></item>",
                                       channel: "<title>T</title><lastBuildDate>Sat, 01 Feb 2025 10:00:00 GMT</lastBuildDate>"))
        #expect(dated.news.map(\.date) == [DayDate(year: 2025, month: 2, day: 1)!])
        #expect(dated.news.map(\.approximate) == [true])
        #expect(dated.skipped == [])
        let undated = try importText(rss("<item><title>A</title><link>https://example.com/a</link></item>"))
        #expect(undated.news.map(\.date) == [retrieved])
        #expect(undated.news.map(\.approximate) == [true])
        // Issue 13: only the day it was read, which the timeline sorts after every real date.
        #expect(undated.news.map { $0.provenance.note?.hasPrefix(NewsItem.firstSeenNoteText) } == [true])
        #expect(dated.news.map { $0.provenance.note?.hasPrefix(NewsItem.firstSeenNoteText) ?? false } == [false])
        // A date that is written but unreadable is still refused: it is not missing, it is wrong.
        let wrong = try importText(rss("<item><title>A</title><pubDate>someday</pubDate></item>"))
        #expect(wrong.news == [])
        #expect(wrong.skipped.map(\.reason) == [#"no usable date ("someday")"#])
        // An item with its own date is not approximate.
        let own = try importText(rss("<item><title>A</title><pubDate>Sat, 01 Feb 2025 10:00:00 GMT</pubDate></item>"))
        #expect(own.news.map(\.approximate) == [false])
    }

    @Test(arguments: ["rss091_1.xml", "rss092_1.xml", "rss_091_with_bracket_author.xml", "rss_091_with_empty_author.xml",
                      "rss_092_with_bracket_author.xml", "rss_092_with_empty_author.xml",
                      "rss_094_with_bracket_author.xml", "rss_094_with_empty_author.xml"])
    func everyRSS09SampleOfTheCorpusImports(file: String) throws {
        let bytes = try CorpusFiles.bytes("feeds/newsboat/\(file)")
        let batch = try FeedImporter.parse(bytes, context: context(file))
        let items = String(decoding: bytes, as: UTF8.self).components(separatedBy: "<item").count - 1
        #expect(batch.news.count + batch.skipped.count == items)
        #expect(!batch.news.isEmpty)
        #expect(batch.skipped.allSatisfy { !$0.reason.contains("date") }, "\(batch.skipped)")
    }
}
