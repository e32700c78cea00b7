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
    public var why: Reason

    /// Why a listing could be more than one model.
    public enum Reason: Hashable, Sendable {
        /// The name reaches each candidate equally.
        case sameName
        /// The name is a variant (`-instruct`, `-preview`, `-base`) of each curated candidate,
        /// which may be another model.
        case variant
        /// The key is an API id the developer moved from model to model, as its own dated
        /// prices show (`deepseek-chat`); a listing does not say which model it served.
        case reusedAPIID
    }

    public init(name: String, sourceID: String, candidates: [String], why: Reason = .sameName) {
        self.name = name
        self.sourceID = sourceID
        self.candidates = candidates
        self.why = why
    }

    /// True when the name is a variant of each candidate (`-instruct` of a base model).
    public var isVariant: Bool { why == .variant }

    /// Why the listing was not applied, for the report.
    public var reason: String {
        switch why {
        case .sameName: return "the name answers to each"
        case .variant: return "a variant of the curated model, perhaps another model"
        case .reusedAPIID: return "an API id that has served each of them in turn, and the list does not say which"
        }
    }

    /// `"Meta: Llama 3.1 405B Instruct" (meta-llama/llama-3.1-405b-instruct) could be:
    /// llama-3.1-405b (a variant of the curated model, perhaps another model)`.
    public var description: String {
        let key = sourceID == name ? "" : " (\(sourceID))"
        return "\(JSONWriter.quoted(name, limit: Diagnostic.quotedLimit))\(key) could be: \(candidates.joined(separator: ", ")) (\(reason))"
    }
}
