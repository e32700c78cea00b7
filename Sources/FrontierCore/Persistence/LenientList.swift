/// A JSON array decoded element by element, skipping the elements that do not decode.
///
/// One stray number in a list of ids should cost that entry, not the whole list.
struct LenientList<Element: Decodable>: Decodable {
    var elements: [Element] = []

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd {
            if let element = try? container.decode(Element.self) {
                elements.append(element)
            } else {
                // A failed decode does not advance the container; stepping over the element
                // with a decode that accepts anything does.
                _ = try container.decode(Skipped.self)
            }
        }
    }

    /// Any JSON value, read and thrown away.
    private struct Skipped: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
