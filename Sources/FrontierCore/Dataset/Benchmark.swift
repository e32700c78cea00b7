/// A benchmark that model scores refer to, with the range its values may take.
public struct Benchmark: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The short column label for tables (`GPQA-D`).
    public var short: String
    /// The unit of a score: `%` for percentages, `rating` for Elo-style ratings.
    public var unit: String
    public var min: Double
    public var max: Double
    public var higherIsBetter: Bool
    public var description: String?

    public init(id: String, name: String, short: String? = nil, unit: String = "%", min: Double = 0,
                max: Double = 100, higherIsBetter: Bool = true, description: String? = nil) {
        self.id = id
        self.name = name
        self.short = short ?? name
        self.unit = unit
        self.min = min
        self.max = max
        self.higherIsBetter = higherIsBetter
        self.description = description
    }
}
