import Foundation
@testable import FrontierCore
@testable import FrontierImport
import Testing

private func read(_ text: String) throws -> XMLTreeElement {
    try XMLReader.parse(Array(text.utf8))
}

/// The first error for `text` as `LINE:COLUMN: message`, or nil when it reads.
private func syntaxError(_ text: String) -> String? {
    syntaxError(Array(text.utf8))
}

private func syntaxError(_ bytes: [UInt8]) -> String? {
    do {
        _ = try XMLReader.parse(bytes)
        return nil
    } catch {
        return error.description
    }
}

@Suite struct XMLReaderTests {
    @Test func readsElementsAttributesAndTextInOrder() throws {
        let root = try read(#"<a x="1" y='two "quoted"'>hi <b/>there<c z = "3">!</c></a>"#)
        #expect(root.name == "a")
        #expect(root.attributes.map(\.name) == ["x", "y"])
        #expect(root.attribute("x") == "1")
        #expect(root.attribute("y") == #"two "quoted""#)
        #expect(root.children.count == 4)
        #expect(root.children[0] == .text("hi "))
        #expect(root.elements.map(\.name) == ["b", "c"])
        #expect(root.elements[1].attribute("z") == "3")
        #expect(root.text == "hi there!")
    }

    @Test func decodesXMLAndHTMLEntitiesAndCharacterReferences() throws {
        let root = try read("<t>&amp; &lt; &gt; &quot; &apos; &#39; &#x2019; &#X2014; &nbsp;|&mdash;&ndash;&hellip;"
            + "&rsquo;&lsquo;&ldquo;&rdquo;&copy;&reg;&trade;&eacute;&Eacute;&euro;&alpha;&Omega;&yuml;</t>")
        #expect(root.text == "& < > \" ' ' ’ — \u{A0}|—–…’‘“”©®™éÉ€αΩÿ")
    }

    @Test func keepsUnknownEntitiesAndBareAmpersandsAsWritten() throws {
        #expect(try read("<t>AT&T &bogus; Q&A &#; &#xZZ; &amp</t>").text == "AT&T &bogus; Q&A &#; &#xZZ; &amp")
    }

    @Test func readsWindows1252ReferencesAsBrowsersDoAndReplacesNonCharacters() throws {
        #expect(try read("<t>&#146;&#151;&#0;&#xD800;&#x110000;</t>").text == "’—\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func keepsCDATAAsWrittenAndJoinsItWithTheTextAround() throws {
        let root = try read("<t>a &amp; <![CDATA[<b>&amp;</b> ]]]]><![CDATA[>]]> z</t>")
        #expect(root.children == [.text("a & <b>&amp;</b> ]]> z")])
    }

    @Test func skipsCommentsProcessingInstructionsAndTheDoctype() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY e "x>y"> <!-- ] --> ]>
            <!-- before -->
            <rss><?php echo 1 ?><!-- <item> -->x</rss>
            <!-- after -->
            """
        let root = try read(text)
        #expect(root.name == "rss")
        #expect(root.children == [.text("x")])
    }

    @Test func resolvesPrefixesToNamespacesAndGuessesUndeclaredOnes() throws {
        let root = try read("""
            <rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:a="http://www.w3.org/2005/Atom">
            <dc:date>d</dc:date><a:link href="h"/><content:encoded>c</content:encoded><link>l</link>
            <feed xmlns="http://www.w3.org/2005/Atom"><title xml:base="/b/">t</title></feed></rss>
            """)
        let elements = root.elements
        #expect(elements.map(\.localName) == ["date", "link", "encoded", "link", "feed"])
        #expect(elements[0].namespace == FeedVocabulary.dublinCoreNamespace)
        #expect(elements[0].vocabulary == .dublinCore)
        #expect(elements[1].vocabulary == .atom)
        #expect(elements[1].prefix == "a")
        #expect(elements[2].namespace == nil)
        #expect(elements[2].vocabulary == .content)
        #expect(elements[3].vocabulary == .plain)
        #expect(elements[4].vocabulary == .atom)
        let title = try #require(elements[4].element("title", in: [.atom]))
        #expect(title.namespace == FeedVocabulary.atomNamespace)
        #expect(title.attribute("base", in: .xml) == "/b/")
        #expect(root.element("date", in: [.plain]) == nil)
    }

    @Test func normalizesLineEndsInTextAndWhitespaceInAttributes() throws {
        let root = try read("<t a=\"x\ny\tz\r\nw\">1\r\n2\r3</t>")
        #expect(root.attribute("a") == "x y z w")
        #expect(root.text == "1\n2\n3")
    }

    @Test func recordsWhereEachElementStartsCountingCharactersNotBytes() throws {
        let root = try read("<?xml version=\"1.0\"?>\r\n<a>\n  <é>€😀<b/></é>\n</a>")
        #expect(root.line == 2 && root.column == 1)
        let inner = try #require(root.elements.first)
        #expect(inner.line == 3 && inner.column == 3)
        let b = try #require(inner.elements.first)
        #expect(b.line == 3 && b.column == 8)
    }

    @Test func skipsAByteOrderMarkAndReadsDeclaredLatin1AndUTF16() throws {
        let bom = try XMLReader.parse([0xEF, 0xBB, 0xBF] + Array("<a>é</a>".utf8))
        #expect(bom.text == "é" && bom.column == 1)
        let latin1 = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><a>"#.utf8) + [0xE9, 0x92] + Array("</a>".utf8)
        #expect(try XMLReader.parse(latin1).text == "é’")
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("<a>ü</a>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try XMLReader.parse(utf16).text == "ü")
    }

    @Test func recoversFromHTMLHabitsInsideTheDocument() throws {
        // An end tag that skips unclosed elements closes them; one that matches nothing is dropped.
        let root = try read("<d><p>one<b>two</p><p>a < b</span></p><img src=x.png alt><br></d>")
        #expect(root.elements.map(\.name) == ["p", "p", "img"])
        #expect(root.elements[0].elements.map(\.name) == ["b"])
        #expect(root.elements[0].text == "onetwo")
        #expect(root.elements[1].text == "a < b")
        #expect(root.elements[2].attribute("src") == "x.png")
        #expect(root.elements[2].attribute("alt") == "")
        // <img> and <br> were never closed; </d> closes them.
        #expect(root.elements[2].elements.map(\.name) == ["br"])
    }

    @Test func matchesEndTagsCaseInsensitivelyWhenNothingMatchesExactly() throws {
        let root = try read("<a><P>x</p><b>y</b></a>")
        #expect(root.elements.map(\.name) == ["P", "b"])
    }

    @Test func rebuildsUnescapedHTMLAsMarkup() throws {
        let root = try read("<description>Hi <p class=\"x\">there <b>you</b></p></description>")
        #expect(root.innerMarkup == "Hi <p>there <b>you</b></p>")
    }

    @Test func reportsWhatIsNotXMLWithLineAndColumn() {
        #expect(syntaxError("") == "1:1: the document is empty")
        #expect(syntaxError("  \n ") == "2:2: the document is empty")
        #expect(syntaxError("{\"models\": []}") == "1:1: not XML: expected '<' but found '{'")
        #expect(syntaxError("\n\u{7}") == "2:1: not XML: expected '<' but found U+0007")
        #expect(syntaxError("<?xml version=\"1.0\"?>\n<!-- only a comment -->") == "2:24: the document is empty")
        #expect(syntaxError("<1/>") == "1:1: expected the root element's start tag")
    }

    @Test func reportsAnUnfinishedDocumentAtTheEndAndNamesWhatWasOpen() {
        #expect(syntaxError("<rss>\n  <channel>\n    <item><title>Cut") ==
            "3:21: the document ends inside <title> (opened at 3:11); it may have been cut short")
        #expect(syntaxError("<rss>\n<item title=\"x") == "2:13: an attribute value in <item> is never closed")
        #expect(syntaxError("<rss>\n<item a=\"1\"") == "2:12: the document ends inside the tag <item> started at 2:1")
        #expect(syntaxError("<rss><!-- x") == "1:6: a comment is never closed")
        #expect(syntaxError("<rss><![CDATA[x") == "1:6: a CDATA section is never closed")
        #expect(syntaxError("<rss><?pi") == "1:6: a processing instruction is never closed")
        #expect(syntaxError("<!DOCTYPE rss [ <!ENTITY a \"b\"> ") == "1:1: the DOCTYPE is never closed")
        #expect(syntaxError("<rss></rss") == "1:6: the end tag </rss> is never closed")
    }

    @Test func refusesContentAfterTheRootAndBrokenTags() {
        #expect(syntaxError("<rss></rss>\n<rss/>") == "2:1: a second root element after </rss>")
        #expect(syntaxError("<rss/>junk") == "1:7: text after the root element </rss>")
        #expect(syntaxError("<rss/>\n<!-- fine -->\n") == nil)
        #expect(syntaxError("<rss a=\"1\" \"b\">") == "1:12: unexpected '\"' in the tag <rss>")
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "<a>", count: XMLReader.maximumDepth + 1)
        #expect(syntaxError(deep) == "1:\(3 * XMLReader.maximumDepth + 1): elements nested deeper than \(XMLReader.maximumDepth)")
        let fits = String(repeating: "<a>", count: XMLReader.maximumDepth) + String(repeating: "</a>", count: XMLReader.maximumDepth)
        #expect(syntaxError(fits) == nil)
    }
}
