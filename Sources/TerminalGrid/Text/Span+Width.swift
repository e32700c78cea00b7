extension Sequence where Element == Span {
    /// The columns the spans take side by side, for fitting parts of a line before drawing it.
    public var displayWidth: Int {
        reduce(0) { $0 + DisplayWidth.of($1.text) }
    }
}
