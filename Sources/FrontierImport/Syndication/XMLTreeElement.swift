import FrontierCore

/// One element of a document `XMLReader` read, with its attributes, its content in order, and
/// where its start tag was.
///
/// Names are kept both as written (`dc:date`) and split, with the namespace the prefix was bound
/// to, because feeds are matched by local name and namespace while messages quote what the author
/// wrote. A prefix nobody declared keeps a nil namespace; `FeedVocabulary` guesses from it.
struct XMLTreeElement: Hashable, Sendable {
    /// An element's content: text (character data and CDATA, entities decoded) or an element.
    enum Child: Hashable, Sendable {
        case text(String)
        case element(XMLTreeElement)
    }

    /// An attribute as written, with its namespace when its prefix was declared.
    struct Attribute: Hashable, Sendable {
        var name: String
        var prefix: String?
        var localName: String
        var namespace: String?
        /// Entities decoded; tabs and line breaks become spaces as XML asks.
        var value: String
    }

    var name: String
    var prefix: String?
    var localName: String
    var namespace: String?
    var attributes: [Attribute]
    var children: [Child]
    /// Where the start tag's `<` is: 1-based line and column (in Unicode scalars).
    var line: Int
    var column: Int

    /// The child elements, in order, without the text between them.
    var elements: [XMLTreeElement] {
        children.compactMap { child in
            if case .element(let element) = child { element } else { nil }
        }
    }

    /// All text inside the element and its descendants, concatenated in order.
    var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// The content rebuilt as markup: text as it decoded, child elements as bare tags.
    ///
    /// HTML a feed left unescaped (`<description><p>Hi</p></description>`) was read as
    /// elements; rebuilding it lets it go through the same HTML-to-text step as escaped HTML.
    /// Attributes are left out because nothing that turns HTML into text reads them.
    var innerMarkup: String {
        var result = ""
        appendMarkup(to: &result)
        return result
    }

    private func appendMarkup(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text):
                result += text
            case .element(let element):
                result += "<\(element.name)>"
                element.appendMarkup(to: &result)
                result += "</\(element.name)>"
            }
        }
    }

    /// The value of the first attribute with this local name and no prefix (`href`, `rel`).
    func attribute(_ localName: String) -> String? {
        attributes.first { $0.prefix == nil && $0.localName == localName }?.value
    }

    /// The value of the first attribute with this local name in this vocabulary (`xml:base`,
    /// `rdf:about`).
    func attribute(_ localName: String, in vocabulary: FeedVocabulary) -> String? {
        attributes.first {
            $0.prefix != nil && $0.localName == localName
                && FeedVocabulary(namespace: $0.namespace, prefix: $0.prefix) == vocabulary
        }?.value
    }

    /// The child elements with this local name whose vocabulary is one of `vocabularies`.
    func elements(_ localName: String, in vocabularies: Set<FeedVocabulary>) -> [XMLTreeElement] {
        elements.filter { $0.localName == localName && vocabularies.contains($0.vocabulary) }
    }

    /// The first child element with this local name in one of `vocabularies`.
    func element(_ localName: String, in vocabularies: Set<FeedVocabulary>) -> XMLTreeElement? {
        for child in children {
            if case .element(let element) = child, element.localName == localName,
               vocabularies.contains(element.vocabulary) {
                return element
            }
        }
        return nil
    }

    var vocabulary: FeedVocabulary {
        FeedVocabulary(namespace: namespace, prefix: prefix)
    }
}
