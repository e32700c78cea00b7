/// A model's prices by line: one provider (none for the developer's own API) at one tier.
enum PriceLines {
    /// The latest price of each line among `prices` (one model's), in no particular order; on
    /// a tie the first listed wins.
    static func latest(_ prices: [Price]) -> [Price] {
        var latest: [String: Price] = [:]
        for price in prices {
            let line = (price.provider ?? "") + "\u{1F}" + (price.tier ?? "")
            if let held = latest[line], held.asOf >= price.asOf { continue }
            latest[line] = price
        }
        return Array(latest.values)
    }
}
