/// Hands out ncurses colour pairs for (foreground, background) palette indices, lazily.
///
/// Terminals offer a fixed number of pairs (64 on plain `xterm`). Running out must never
/// crash or blank the screen, so once the pairs are used up a new combination borrows the
/// nearest pair already defined. Pure bookkeeping: the caller does `init_extended_pair` when
/// `isNew` says so.
struct ColorPairAllocator {
    /// A palette index pair; -1 is the terminal's default colour.
    struct Key: Hashable {
        var foreground: Int
        var background: Int
    }

    struct Assignment: Equatable {
        /// The ncurses pair number; 0 is the default pair.
        var pair: Int
        /// True when the pair was just allocated and must be defined with `init_extended_pair`.
        var isNew: Bool
    }

    /// How many pairs may be defined besides pair 0.
    let capacity: Int
    private var pairs: [Key: Int] = [:]
    private var borrowed: [Key: Int] = [:]
    private var keys: [Key] = []

    /// - Parameter pairCount: `COLOR_PAIRS`, pair 0 included.
    init(pairCount: Int) {
        capacity = max(0, pairCount - 1)
    }

    /// The number of pairs defined so far (pair 0 not counted).
    var allocatedCount: Int { keys.count }

    mutating func assign(foreground: Int, background: Int) -> Assignment {
        let key = Key(foreground: foreground, background: background)
        if key == Key(foreground: -1, background: -1) { return Assignment(pair: 0, isNew: false) }
        if let pair = pairs[key] ?? borrowed[key] { return Assignment(pair: pair, isNew: false) }
        if keys.count < capacity {
            keys.append(key)
            let pair = keys.count
            pairs[key] = pair
            return Assignment(pair: pair, isNew: true)
        }
        let pair = nearestDefinedPair(to: key)
        borrowed[key] = pair
        return Assignment(pair: pair, isNew: false)
    }

    /// Forgets every pair, for when the colour setup starts over.
    mutating func reset() {
        pairs.removeAll()
        borrowed.removeAll()
        keys.removeAll()
    }

    private func nearestDefinedPair(to key: Key) -> Int {
        var best = 0
        var bestDistance = Self.distance(key, Key(foreground: -1, background: -1))
        for (offset, candidate) in keys.enumerated() {
            let d = Self.distance(key, candidate)
            if d < bestDistance {
                best = offset + 1
                bestDistance = d
            }
        }
        return best
    }

    /// Background counts double: a wrong background changes a whole region, a wrong
    /// foreground only the glyphs.
    private static func distance(_ a: Key, _ b: Key) -> Int {
        indexDistance(a.foreground, b.foreground) + 2 * indexDistance(a.background, b.background)
    }

    private static func indexDistance(_ a: Int, _ b: Int) -> Int {
        if a == b { return 0 }
        guard let ca = ColorMapper.rgb(ofIndex: a), let cb = ColorMapper.rgb(ofIndex: b) else {
            // Default against a concrete colour: unknown, so as far as any two colours can be.
            return ColorMapper.distance((0, 0, 0), (255, 255, 255))
        }
        return ColorMapper.distance((ca.r, ca.g, ca.b), (cb.r, cb.g, cb.b))
    }
}
