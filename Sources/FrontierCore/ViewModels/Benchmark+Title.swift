extension Benchmark {
    /// The name with its unit, unless the name already says it: `GPQA Diamond %`, `Codeforces rating`.
    ///
    /// Axis titles and row labels carry the unit so a rating is never read as a percentage.
    public var titleWithUnit: String {
        name.lowercased().contains(unit.lowercased()) ? name : name + " " + unit
    }
}
