/// Which price the compare scatter puts across: blended at the token mix, input or output.
///
/// All three are US dollars per million tokens on a log scale, since list prices span three
/// orders of magnitude; the blended one is the default because it reflects the user's workload.
public enum PriceAxis: String, CaseIterable, Hashable, Sendable {
    case blended
    case input
    case output

    /// The choice after this one, wrapping around, for the `x` key.
    public var next: PriceAxis {
        let all = PriceAxis.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The price this axis measures, in USD per 1M tokens.
    public func value(of price: Price, mix: TokenMix) -> Double {
        switch self {
        case .blended: return mix.blended(price)
        case .input: return price.input
        case .output: return price.output
        }
    }

    /// `blended 3:1`, `input`, `output`: which price, in a few words.
    public func name(mix: TokenMix) -> String {
        switch self {
        case .blended: return "blended \(mix)"
        case .input: return "input"
        case .output: return "output"
        }
    }

    /// The axis title with its unit and scale: `$ per 1M tokens, blended 3:1 (log)`.
    public func title(mix: TokenMix) -> String {
        "$ per 1M tokens, \(name(mix: mix)) (log)"
    }
}
