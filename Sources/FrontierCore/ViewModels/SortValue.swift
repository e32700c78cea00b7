/// A comparable key for sorting rows where some values may be missing.
enum SortValue: Comparable {
    case number(Double)
    case text(String)
    /// A value known only roughly (a first-seen day rather than a release date): after every
    /// known value in either direction, and among its kind in the chosen direction.
    case later(Double)
    case missing

    /// Sorts stably by `key`; missing keys go last whichever the direction.
    static func stableSort<Element>(_ elements: [Element], descending: Bool, key: (Element) -> SortValue) -> [Element] {
        stableOrder(elements, descending: descending, key: key).map { elements[$0] }
    }

    /// The offsets of `elements` in the order `stableSort` gives them, for a caller that builds
    /// its rows straight from the elements: a sorted copy of a hundred thousand news items
    /// costs more, in retains and releases of their strings, than the sort.
    static func stableOrder<Element>(_ elements: [Element], descending: Bool, key: (Element) -> SortValue) -> [Int] {
        // Sorts offsets, not elements: moving large records around costs more than comparing.
        let keys = elements.map(key)
        let order = keys.indices.sorted { lhs, rhs in
            switch (keys[lhs], keys[rhs]) {
            case (.missing, .missing): return lhs < rhs
            case (.missing, _): return false
            case (_, .missing): return true
            case let (.later(left), .later(right)):
                if left == right { return lhs < rhs }
                return descending ? right < left : left < right
            case (.later, _): return false
            case (_, .later): return true
            case let (left, right):
                if left == right { return lhs < rhs }
                return descending ? right < left : left < right
            }
        }
        return order
    }
}
