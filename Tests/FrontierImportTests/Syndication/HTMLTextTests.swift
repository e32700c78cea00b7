@testable import FrontierCore
@testable import FrontierImport
import Testing

@Suite struct HTMLTextTests {
    @Test func dropsTagsAndKeepsWordsOfInlineElementsTogether() {
        #expect(HTMLText.plainText(fromHTML: #"<a href="/x?a=1&b=2" title="a > b">Deep</a><b>Seek</b> <i>R1</i>"#)
            == "DeepSeek R1")
    }

    @Test func turnsBlockElementsIntoSpaces() {
        #expect(HTMLText.plainText(fromHTML: "<p>One.</p><p>Two.</p>Three<br>Four<BR/>Five<li>Six</li>")
            == "One. Two. Three Four Five Six")
    }

    @Test func dropsScriptStyleAndCommentsWithTheirContents() {
        let html = "<p>Keep</p><script type=\"text/javascript\">if (a < b) { x(\"</p>\") }</SCRIPT><!-- <p>no</p> -->"
            + "<style>p > b { color: red }</style> this"
        #expect(HTMLText.plainText(fromHTML: html) == "Keep this")
    }

    @Test func decodesEntitiesOnceForSinglyEscapedHTML() {
        #expect(HTMLText.plainText(fromHTML: "Meta&rsquo;s &ldquo;Llama&rdquo; &mdash; 405B &amp; more&hellip;")
            == "Meta’s “Llama” — 405B & more…")
        #expect(HTMLText.plainText(fromHTML: "x &lt; y and AT&T") == "x < y and AT&T")
    }

    @Test func undoesDoubleEscaping() {
        // `&amp;lt;b&amp;gt;` in the XML reaches this step as `&lt;b&gt;`.
        #expect(HTMLText.plainText(fromHTML: "Google&amp;#39;s &lt;b&gt;Gemini&lt;/b&gt; &amp;amp; more")
            == "Google's Gemini & more")
        #expect(HTMLText.plainText(fromHTML: "&amp;lt;p&amp;gt;Thrice&amp;lt;/p&amp;gt;") == "Thrice")
    }

    @Test func keepsALoneAngleBracketAndUnfinishedTagsAsText() {
        #expect(HTMLText.plainText(fromHTML: "a < b, 3<4 and <3") == "a < b, 3<4 and <3")
        #expect(HTMLText.plainText(fromHTML: "cut <a href=\"x") == "cut <a href=\"x")
    }

    @Test func keepsTheTextOfCDATAInsideHTML() {
        #expect(HTMLText.plainText(fromHTML: "<p><![CDATA[raw & <text>]]></p>") == "raw & <text>")
    }

    @Test func collapsesWhitespaceIncludingNonBreakingSpacesAndDropsInvisibles() {
        #expect(HTMLText.collapsed("\n\t a\u{A0}\u{A0}b \r\n c\u{2003}d\u{AD}e\u{200B}f\u{7} ") == "a b c def")
        #expect(HTMLText.plainText(fromHTML: "  &nbsp;Llama&nbsp;&nbsp;3 ") == "Llama 3")
    }

    @Test func readsAnXHTMLTreeWithoutDecodingTwice() throws {
        let div = try XMLReader.parse(Array("<div><p>a &amp;lt; b</p><script>no</script><p>c<em>d</em></p></div>".utf8))
        #expect(HTMLText.plainText(fromXHTML: div) == "a &lt; b cd")
    }

    @Test func capsLongTextAtAWordBoundaryWithAnEllipsis() {
        #expect(HTMLText.capped("short", at: 10) == "short")
        #expect(HTMLText.capped("0123456789", at: 10) == "0123456789")
        #expect(HTMLText.capped("alpha beta gamma", at: 12) == "alpha beta…")
        // The cut lands right after a whole word.
        #expect(HTMLText.capped("alpha beta gamma", at: 11) == "alpha beta…")
        // Trailing punctuation that would dangle before the ellipsis goes.
        #expect(HTMLText.capped("alpha, beta gamma", at: 10) == "alpha…")
        // One long word is cut mid-word rather than leaving almost nothing.
        #expect(HTMLText.capped("a https://example.com/a/very/long/path", at: 20) == "a https://example.c…")
        let long = String(repeating: "word ", count: 200)
        let capped = HTMLText.capped(long)
        #expect(capped.count <= 400)
        #expect(capped.hasSuffix("word…"))
    }
}
