/// The largest value each kind of figure may have: beyond it no real record lies, only a
/// mistake or a hostile file.
///
/// Validation refuses a value above its ceiling with a message naming the place, and importers
/// leave such a figure out with a warning instead of writing it. The ceilings sit orders of
/// magnitude above anything real (the dearest API price in the data is a few hundred dollars per
/// 1M tokens, the largest training run about 5e26 FLOP), so they refuse only what no model has,
/// such as the price of 1e19 per 1M tokens that once crashed every reader.
public enum ValueCeiling {
    /// US dollars per 1M tokens (input, output, cached input).
    public static let price = 100_000.0
    /// Parameters of a model, total or active.
    public static let parameters = 1e15
    /// US dollars spent on one training run (cost, and its low and high bounds).
    public static let trainingCost = 1e12
    /// Floating-point operations of one training run.
    public static let flop = 1e32
    /// GPU-hours of one training run.
    public static let gpuHours = 1e12
    /// GPUs used for one training run.
    public static let gpuCount = 1e9
    /// Tokens a model was trained on.
    public static let trainingTokens = 1e17
    /// Tokens in a context window.
    public static let context = 1e10
    /// The bounds of a benchmark's scale, and so of its scores (ratings are in the thousands).
    public static let benchmarkBound = 1e6
}
