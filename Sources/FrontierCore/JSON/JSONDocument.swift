/// A parsed JSON text: its root value and the keys it repeated inside one object.
///
/// Repeated keys are not syntax errors in RFC 8259, so parsing goes on and returns them for
/// the validator to report; which of the two values was meant is for the author to say.
public struct JSONDocument: Equatable, Sendable {
    /// A key that appeared a second time in the same object.
    public struct DuplicateKey: Hashable, Sendable {
        public var key: String
        /// The JSON path of the repeated member (`models[0].name`).
        public var path: String
        public var position: JSONPosition
        public var firstPosition: JSONPosition

        public init(key: String, path: String, position: JSONPosition, firstPosition: JSONPosition) {
            self.key = key
            self.path = path
            self.position = position
            self.firstPosition = firstPosition
        }
    }

    public var root: JSONValue
    public var duplicateKeys: [DuplicateKey]

    public init(root: JSONValue, duplicateKeys: [DuplicateKey] = []) {
        self.root = root
        self.duplicateKeys = duplicateKeys
    }
}
