import FrontierCore

/// Which of the vocabularies news feeds mix an element or attribute belongs to.
///
/// Matching by namespace keeps RSS's own `<link>` (the page) apart from `<atom:link>` (often the
/// feed itself). Feeds that use a prefix without declaring it are still read: a well-known prefix
/// (`dc`, `content`, `atom`, `rdf`) stands for its usual namespace.
enum FeedVocabulary: Hashable, Sendable {
    /// No namespace, or RSS 1.0's or 0.90's: the elements RSS is made of.
    case plain
    case atom
    case dublinCore
    /// DCMI Terms (`dcterms:modified`), the successor of Dublin Core's element set.
    case dublinCoreTerms
    case content
    case rdf
    /// `xml:base`, `xml:lang`.
    case xml
    case other

    static let atomNamespace = "http://www.w3.org/2005/Atom"
    /// Atom 0.3, which some old feeds still serve.
    static let atom03Namespace = "http://purl.org/atom/ns#"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTermsNamespace = "http://purl.org/dc/terms/"
    /// UserLand's namespace for RSS 2.0, which a few feeds declare as their default: its
    /// elements are plain RSS.
    static let userlandRSS2Namespace = "http://backend.userland.com/rss2"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10Namespace = "http://purl.org/rss/1.0/"
    static let rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    init(namespace: String?, prefix: String?) {
        switch namespace {
        case nil:
            switch prefix?.lowercased() {
            case nil: self = .plain
            case "atom": self = .atom
            case "dc": self = .dublinCore
            case "dcterms": self = .dublinCoreTerms
            case "content": self = .content
            case "rdf": self = .rdf
            case "xml": self = .xml
            default: self = .other
            }
        case FeedVocabulary.rss10Namespace, FeedVocabulary.rss090Namespace, FeedVocabulary.userlandRSS2Namespace:
            self = .plain
        case FeedVocabulary.atomNamespace, FeedVocabulary.atom03Namespace: self = .atom
        case FeedVocabulary.dublinCoreNamespace: self = .dublinCore
        case FeedVocabulary.dublinCoreTermsNamespace: self = .dublinCoreTerms
        case FeedVocabulary.contentNamespace: self = .content
        case FeedVocabulary.rdfNamespace: self = .rdf
        case FeedVocabulary.xmlNamespace: self = .xml
        default: self = .other
        }
    }
}
