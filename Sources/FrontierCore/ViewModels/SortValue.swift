/// A comparable key for sorting rows where some values may be missing.
enum SortValue: Comparable {
    case number(Double)
    case text(String)
    case missing

    /// Sorts stably by `key`; missing keys go last whichever the direction.
    static func stableSort<Element>(_ elements: [Element], descending: Bool, key: (Element) -> SortValue) -> [Element] {
        let keyed = elements.enumerated().map { (offset: $0.offset, key: key($0.element), element: $0.element) }
        return keyed.sorted { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case (.missing, .missing): return lhs.offset < rhs.offset
            case (.missing, _): return false
            case (_, .missing): return true
            default:
                if lhs.key == rhs.key { return lhs.offset < rhs.offset }
                return descending ? rhs.key < lhs.key : lhs.key < rhs.key
            }
        }.map(\.element)
    }
}
