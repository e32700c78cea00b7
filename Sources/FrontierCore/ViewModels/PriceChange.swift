/// A model's current price that replaced another on its line (the same provider and tier)
/// recently: the price chart marks it, so a cut shows for a while after it happened.
public struct PriceChange: Hashable, Sendable {
    /// The day the current price took effect.
    public var since: DayDate
    /// The price it replaced.
    public var previous: Price
    /// Cheaper now, by the standard token mix.
    public var isCut: Bool

    /// How long a change stays marked.
    public static let window = 90

    /// The change `current` made, when it took effect within `window` days before `today`
    /// and an earlier price of its line is known.
    public static func of(_ current: Price, among prices: [Price], today: DayDate) -> PriceChange? {
        guard let start = today.adding(days: -window), current.asOf >= start, current.asOf <= today else { return nil }
        let earlier = prices.filter { $0.model == current.model && $0.provider == current.provider && $0.tier == current.tier
            && $0.asOf < current.asOf }
        guard let previous = earlier.max(by: { $0.asOf < $1.asOf }) else { return nil }
        let mix = TokenMix.standard
        guard mix.blended(previous) != mix.blended(current) else { return nil }
        return PriceChange(since: current.asOf, previous: previous, isCut: mix.blended(current) < mix.blended(previous))
    }
}
