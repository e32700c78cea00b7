/// The parsed shape of a query: words and terms joined by `and`, `or` and `not`.
public indirect enum QueryNode: Hashable, Sendable, CustomStringConvertible {
    /// A word or quoted phrase, lowercased, matched anywhere in the row's text.
    case text(String)
    case term(QueryTerm)
    case not(QueryNode)
    case and([QueryNode])
    case or([QueryNode])

    /// A compact prefix form, `(or a (and b c))`, that shows how the parser grouped the terms.
    public var description: String {
        switch self {
        case let .text(text): return text.contains(" ") || text.isEmpty ? "\"\(text)\"" : text
        case let .term(term): return term.field.name + term.comparison.rawValue + Self.describe(term.value)
        case let .not(node): return "(not \(node))"
        case let .and(nodes): return "(and " + nodes.map(\.description).joined(separator: " ") + ")"
        case let .or(nodes): return "(or " + nodes.map(\.description).joined(separator: " ") + ")"
        }
    }

    private static func describe(_ value: QueryTerm.Value) -> String {
        switch value {
        case let .text(text): return text.contains(" ") ? "\"\(text)\"" : text
        case let .flag(flag): return flag ? "yes" : "no"
        case let .number(number, _): return Format.trimmed(number, significant: 6)
        case let .dates(first, last):
            let day = { (date: DayDate?) in date?.description ?? "" }
            return first == last ? day(first) : day(first) + ".." + day(last)
        case let .costKind(kind): return kind.rawValue
        case let .modality(index): return Model.modalities[index]
        case .listed: return "listed"
        }
    }
}
