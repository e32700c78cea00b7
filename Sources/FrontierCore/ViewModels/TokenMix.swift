/// The ratio of input to output tokens a workload uses, for blending two prices into one.
public struct TokenMix: Hashable, Sendable, Codable, CustomStringConvertible {
    public var input: Double
    public var output: Double

    public init(input: Double, output: Double) {
        self.input = input
        self.output = output
    }

    /// 3 input tokens per output token, the mix most price leaderboards quote.
    public static let standard = TokenMix(input: 3, output: 1)

    /// The blended price per million tokens of `price` under this mix.
    public func blended(_ price: Price) -> Double {
        let total = input + output
        guard total > 0 else { return price.input }
        return (price.input * input + price.output * output) / total
    }

    public var description: String {
        "\(Format.trimmed(input, significant: 3)):\(Format.trimmed(output, significant: 3))"
    }
}
