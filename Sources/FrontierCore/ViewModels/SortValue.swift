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
    static func stableOrder<Elements: RandomAccessCollection>(_ elements: Elements, descending: Bool,
                                                              key: (Elements.Element) -> SortValue) -> [Int] {
        // Sorts offsets, not elements: moving large records around costs more than comparing.
        // Each element is read in place (`buffer[offset]`), not copied out as `map` would.
        let keys = elements.withContiguousStorageIfAvailable { buffer in (0..<buffer.count).map { key(buffer[$0]) } }
            ?? elements.map(key)
        if let order = packedOrder(keys, descending: descending) { return order }
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

    /// The order of `keys` when each is a whole number (or a `later` one) of at most 2^30 in
    /// magnitude, such as a day; nil when some key is not such a number.
    private static func packedOrder(_ keys: [SortValue], descending: Bool) -> [Int]? {
        let limit = Double(1 << 30)
        for key in keys {
            switch key {
            case .number(let value), .later(let value):
                guard value.rounded(.towardZero) == value, abs(value) < limit else { return nil }
            case .text, .missing:
                return nil
            }
        }
        return wholeOrder(count: keys.count, descending: descending) { offset in
            switch keys[offset] {
            case .later(let value): return (true, Int(value))
            case .number(let value): return (false, Int(value))
            case .text, .missing: return (false, 0)
            }
        }
    }

    /// The order `stableOrder` gives keys that are whole numbers of less than 2^30 in magnitude
    /// (days), some of them `later`: each key and its offset packed into one integer, so the sort
    /// compares integers. `key(offset)` gives the element's key.
    static func wholeOrder(count: Int, descending: Bool, key: (Int) -> (later: Bool, value: Int)) -> [Int] {
        precondition(count < 1 << 32, "more elements than a packed key holds")
        var packed = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in 0..<count {
                buffer[offset] = packedKey(offset, descending: descending, key: key)
            }
            initialized = count
        }
        packed.sort()
        return packed.map { Int($0 & 0xFFFF_FFFF) }
    }

    /// `wholeOrder(count:descending:key:)` of elements that extend those `order` is the whole
    /// order of: the elements from `order.count` to `count` put in their places among the
    /// others, found by bisection, so one element appended to many costs a copy of the order,
    /// not a sort. The keys of the first elements must be those `order` was made with.
    static func wholeOrder(extending order: [Int], count: Int, descending: Bool,
                           key: (Int) -> (later: Bool, value: Int)) -> [Int] {
        precondition(count < 1 << 32, "more elements than a packed key holds")
        let added = (order.count..<count).map { packedKey($0, descending: descending, key: key) }.sorted()
        var result: [Int] = []
        result.reserveCapacity(count)
        var copied = 0
        for packed in added {
            // The first place after `copied` whose element sorts after the added one.
            var low = copied, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if packedKey(order[middle], descending: descending, key: key) < packed { low = middle + 1 } else { high = middle }
            }
            result += order[copied..<low]
            result.append(Int(packed & 0xFFFF_FFFF))
            copied = low
        }
        result += order[copied...]
        return result
    }

    /// An element's key and offset in one integer whose order is the sort's: later keys after
    /// every number; within each, the direction chosen; ties by offset.
    private static func packedKey(_ offset: Int, descending: Bool, key: (Int) -> (later: Bool, value: Int)) -> UInt64 {
        let (later, value) = key(offset)
        let biased = UInt64(value + (1 << 30))
        let ordered = descending ? (1 << 31) - biased : biased
        return (later ? 1 << 63 : 0) | ordered << 32 | UInt64(offset)
    }
}
