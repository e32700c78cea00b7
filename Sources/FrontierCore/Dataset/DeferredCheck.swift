/// A rule that can only be checked once every file is merged, with the place it came from.
///
/// References may point into another file, and a score's range belongs to a benchmark that
/// may be defined later, so the decoder records these and the validator runs them at the end.
package enum DeferredCheck: Sendable {
    /// `id` must name a record of `target`.
    case reference(target: RecordKind, id: String, path: FieldPath, position: JSONPosition)
    /// `value` must lie within the range of the benchmark `benchmark`, if that benchmark exists.
    case scoreRange(benchmark: String, value: Double, path: FieldPath, position: JSONPosition)
}
