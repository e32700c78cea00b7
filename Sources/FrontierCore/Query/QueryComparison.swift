/// The operator between a field and its value in a term such as `params>100b`.
public enum QueryComparison: String, Hashable, Sendable, CaseIterable {
    /// `:`, which reads as "is" or "contains": `org:deepseek`, `date:2025-01`.
    case matches = ":"
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether the operator orders values; text and yes/no fields accept only the others.
    var isOrdering: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        case .matches, .equal, .notEqual: return false
        }
    }
}
