/// Builds the JSON paths that diagnostics print (`models[3].scores[0].value`).
public enum JSONPath {
    /// `base.key`, or `base["odd key"]` when the key is not a plain identifier; a key longer than
    /// `Diagnostic.quotedLimit` is quoted and cut, so one path cannot carry megabytes.
    public static func appending(key: String, to base: String) -> String {
        if key.utf8.count <= Diagnostic.quotedLimit, isIdentifier(key) { return base.isEmpty ? key : "\(base).\(key)" }
        return "\(base)[\(JSONWriter.quoted(key, limit: Diagnostic.quotedLimit))]"
    }

    /// `base[index]`.
    public static func appending(index: Int, to base: String) -> String {
        "\(base)[\(index)]"
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(48...57).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 95
        }
    }
}
