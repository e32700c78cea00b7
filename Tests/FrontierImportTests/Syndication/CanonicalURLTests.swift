@testable import FrontierCore
@testable import FrontierImport
import Testing

@Suite struct CanonicalURLTests {
    @Test func lowercasesSchemeAndHostButNotThePath() {
        #expect(CanonicalURL.canonical("HTTPS://News.Example.COM/AI/Post") == "https://news.example.com/AI/Post")
    }

    @Test func dropsDefaultPortsAndKeepsOthers() {
        #expect(CanonicalURL.canonical("https://example.com:443/a") == "https://example.com/a")
        #expect(CanonicalURL.canonical("http://example.com:80/a") == "http://example.com/a")
        #expect(CanonicalURL.canonical("http://example.com:443/a") == "http://example.com:443/a")
        #expect(CanonicalURL.canonical("https://example.com:8443/a") == "https://example.com:8443/a")
    }

    @Test func dropsTheFragmentAndTrackingQueryItemsKeepingTheRestInOrder() {
        #expect(CanonicalURL.canonical("https://example.com/a#comments") == "https://example.com/a")
        #expect(CanonicalURL.canonical("https://example.com/a?utm_source=rss&id=7&UTM_Medium=x&fbclid=1&gclid=2&b=&a=1#top")
            == "https://example.com/a?id=7&b=&a=1")
        #expect(CanonicalURL.canonical("https://example.com/a?utm_source=rss&fbclid=1") == "https://example.com/a")
        #expect(CanonicalURL.canonical("https://example.com/a?") == "https://example.com/a")
        #expect(CanonicalURL.canonical("https://example.com/a?q=a%20b&utm=keep") == "https://example.com/a?q=a%20b&utm=keep")
    }

    @Test func dropsATrailingSlashExceptOnTheRoot() {
        #expect(CanonicalURL.canonical("https://example.com/blog/") == "https://example.com/blog")
        #expect(CanonicalURL.canonical("https://example.com/blog/?p=1") == "https://example.com/blog?p=1")
        #expect(CanonicalURL.canonical("https://example.com/") == "https://example.com/")
        #expect(CanonicalURL.canonical("https://example.com") == "https://example.com/")
    }

    @Test func keepsUserInformationAndTrimsSurroundingWhitespace() {
        #expect(CanonicalURL.canonical("  ftp://user:pw@Files.Example.com/x \n") == "ftp://user:pw@files.example.com/x")
    }

    @Test func givesTheSameFormForTheSameStoryLinkedTwoWays() {
        #expect(CanonicalURL.canonical("https://news.example.com/ai/2024/09/openai-o1#comments")
            == CanonicalURL.canonical("HTTPS://NEWS.EXAMPLE.COM:443/ai/2024/09/openai-o1/?fbclid=abc"))
    }

    @Test func refusesWhatIsNotAnAbsoluteURL() {
        #expect(CanonicalURL.canonical("") == nil)
        #expect(CanonicalURL.canonical("/ai/2024/post") == nil)
        #expect(CanonicalURL.canonical("post.html") == nil)
        #expect(CanonicalURL.canonical("tag:labs.example.ai,2025:o3-mini") == nil)
        #expect(CanonicalURL.canonical("mailto:news@example.com") == nil)
        #expect(CanonicalURL.canonical("https://") == nil)
    }
}
