@testable import FrontierCore
@testable import FrontierImport
import Testing

/// Feeds that real sites serve and that were refused or misread (issue 12, point 7).
private func news(_ text: String) throws -> [ImportedNews] {
    let context = ImportContext(sourceName: "Given name", location: "feed.xml",
                                retrieved: DayDate(year: 2025, month: 2, day: 10)!)
    return try FeedImporter.parse(Array(text.utf8), context: context).news
}

private func atomEntry(_ body: String) -> String {
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title>"
        + "<updated>2025-06-10T12:00:00Z</updated>\(body)</entry></feed>"
}

@Suite struct FeedImporterMisreadTests {
    /// A zone name the reader does not know counts as UTC (RFC 2822 §4.3), and the item says so;
    /// a known one is read, and says nothing.
    @Test func anUnknownTimeZoneIsReadAsUTCAndNoted() throws {
        func item(_ date: String) -> String {
            "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><guid>g</guid>"
                + "<pubDate>\(date)</pubDate></item></channel></rss>"
        }
        let unknown = try #require(try news(item("Tue, 10 Jun 2025 23:30:00 XYZ")).first)
        #expect(unknown.date == DayDate(year: 2025, month: 6, day: 10))
        #expect(unknown.provenance.note?.contains("\"XYZ\", a time zone this reader does not know") == true)
        let known = try #require(try news(item("Tue, 10 Jun 2025 23:30:00 CEST")).first)
        #expect(known.date == DayDate(year: 2025, month: 6, day: 10))
        #expect(known.provenance.note == nil)
        let eastern = try #require(try news(item("Tue, 10 Jun 2025 23:30:00 EDT")).first)
        #expect(eastern.date == DayDate(year: 2025, month: 6, day: 11))
        #expect(eastern.provenance.note == nil)
    }

    @Test func readsRSSInUserLandsDefaultNamespaceLikePlainRSS() throws {
        let text = "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"><channel><title>T</title>"
            + "<item><title>Hello</title><link>https://example.com/a</link>"
            + "<pubDate>Tue, 10 Jun 2025 14:00:00 GMT</pubDate></item></channel></rss>"
        let items = try news(text)
        #expect(items.map(\.headline) == ["Hello"])
        #expect(items.first?.url == "https://example.com/a")
    }

    @Test func prefersTheWebPageAlternateOverAnEarlierGeminiOne() throws {
        let links = "<link rel=\"alternate\" href=\"gemini://example.org/a.gmi\"/>"
            + "<link rel=\"alternate\" type=\"application/pdf\" href=\"https://example.org/a.pdf\"/>"
            + "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/a\"/>"
        #expect(try news(atomEntry(links)).first?.url == "https://example.org/a")
        let onlyGemini = "<link href=\"gemini://example.org/a.gmi\"/>"
        #expect(try news(atomEntry(onlyGemini)).first?.url == "gemini://example.org/a.gmi")
    }

    @Test func showsATextSummaryWithoutTheMarkupItHolds() throws {
        let summary = "<summary type=\"text\">First line&lt;br/&gt;second &lt;b&gt;line&lt;/b&gt; &amp;lt;kept&amp;gt;</summary>"
        #expect(try news(atomEntry(summary)).first?.summary == "First line second line &lt;kept&gt;")
        let titled = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Vec&lt;T&gt; in Rust</title>"
            + "<updated>2025-06-10T12:00:00Z</updated></entry></feed>"
        #expect(try news(titled).first?.headline == "Vec<T> in Rust", "a text title keeps what looks like a tag")
    }

    @Test func fallsBackToDCTitleDCTermsModifiedAndAtomUpdated() throws {
        let text = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">"
            + "<channel><title>T</title>"
            + "<item><dc:title>Only dc</dc:title><dcterms:modified>2025-06-10T12:00:00Z</dcterms:modified>"
            + "<guid>1</guid></item>"
            + "<item><title>Atom dated</title><atom:updated>2025-06-11T12:00:00Z</atom:updated><guid>2</guid></item>"
            + "<item><title>Both</title><pubDate>Thu, 12 Jun 2025 12:00:00 GMT</pubDate>"
            + "<atom:updated>2025-06-20T12:00:00Z</atom:updated><guid>3</guid></item>"
            + "</channel></rss>"
        let items = try news(text)
        #expect(items.map(\.headline) == ["Only dc", "Atom dated", "Both"])
        #expect(items.map(\.date.description) == ["2025-06-10", "2025-06-11", "2025-06-12"])
    }
}
