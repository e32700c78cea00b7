import FrontierCore

/// A listing whose name could mean more than one model, or a model it only resembles; not applied.
///
/// The user decides by adding the listing's key as an alias of the right model (or of none),
/// so the next import matches it exactly.
public struct AmbiguousMatch: Hashable, Sendable, CustomStringConvertible {
    /// The listing's name.
    public var name: String
    /// The listing's key.
    public var sourceID: String
    /// The model ids it could be, sorted.
    public var candidates: [String]
    /// True when the name is a variant of each candidate (`-instruct` of a base model), false
    /// when it names each of them equally.
    public var isVariant: Bool

    public init(name: String, sourceID: String, candidates: [String], isVariant: Bool = false) {
        self.name = name
        self.sourceID = sourceID
        self.candidates = candidates
        self.isVariant = isVariant
    }

    /// Why the listing was not applied, for the report.
    public var reason: String {
        isVariant ? "a variant of the curated model, perhaps another model" : "the name answers to each"
    }

    /// `"Meta: Llama 3.1 405B Instruct" (meta-llama/llama-3.1-405b-instruct) could be:
    /// llama-3.1-405b (a variant of the curated model, perhaps another model)`.
    public var description: String {
        let key = sourceID == name ? "" : " (\(sourceID))"
        return "\(JSONWriter.quoted(name, limit: Diagnostic.quotedLimit))\(key) could be: \(candidates.joined(separator: ", ")) (\(reason))"
    }
}
