/// A model's prices by line: one provider (none for the developer's own API) at one tier.
enum PriceLines {
    /// The current price of each line among `prices` (one model's), in no particular order:
    /// the latest whose day is not after `today`, among those that have not ended (no `until`,
    /// or one not before `today`); on a tie the first listed wins. Without a `today`, the
    /// latest without an `until`.
    static func current(_ prices: [Price], today: DayDate?) -> [Price] {
        var latest: [String: Price] = [:]
        for price in prices where isCurrent(price, today: today) {
            let line = key(price)
            if let held = latest[line], held.asOf >= price.asOf { continue }
            latest[line] = price
        }
        return Array(latest.values)
    }

    /// Whether `price` may be current on `today`: in effect, and not ended; without a day,
    /// whether it has no end.
    static func isCurrent(_ price: Price, today: DayDate?) -> Bool {
        guard let today else { return price.until == nil }
        return price.asOf <= today && (price.until.map { $0 >= today } ?? true)
    }

    /// What tells one line from another: the provider and the tier.
    static func key(_ price: Price) -> String {
        (price.provider ?? "") + "\u{1F}" + (price.tier ?? "")
    }

    /// Every price of each line, oldest first, the lines in the order their first price is listed.
    static func histories(_ prices: [Price]) -> [[Price]] {
        var order: [String] = []
        var lines: [String: [Price]] = [:]
        for price in prices {
            let line = key(price)
            if lines[line] == nil { order.append(line) }
            lines[line, default: []].append(price)
        }
        return order.map { line in SortValue.stableSort(lines[line]!, descending: false) { .text($0.asOf.description) } }
    }
}
