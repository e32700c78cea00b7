/// The JSON path of a field, kept in parts and joined only when a diagnostic needs it.
///
/// A large dataset has millions of fields and almost all of them are fine; building every
/// path string up front would cost more than decoding the values.
package struct FieldPath: Hashable, Sendable {
    /// The path of the object holding the field (`models[3]`), "" at the top level.
    package var base: String
    package var key: String?
    package var index: Int?

    package init(_ base: String, key: String? = nil, index: Int? = nil) {
        self.base = base
        self.key = key
        self.index = index
    }

    package func appending(index: Int) -> FieldPath {
        FieldPath(base, key: key, index: index)
    }

    package var text: String {
        var text = base
        if let key { text = JSONPath.appending(key: key, to: text) }
        if let index { text = JSONPath.appending(index: index, to: text) }
        return text
    }
}
