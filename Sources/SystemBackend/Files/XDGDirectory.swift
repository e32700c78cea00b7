/// Where the XDG base-directory rules put a program's files (state, cache).
public enum XDGDirectory {
    /// `$VARIABLE`, or `$HOME/fallback` (both only when absolute: the spec says relative values
    /// are invalid and must be ignored), with `/frontier` appended; nil when neither is usable.
    public static func frontier(_ variable: String, fallback: String, environment: [String: String]) -> String? {
        let base: String
        if let value = environment[variable], value.hasPrefix("/") {
            base = value
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = withoutTrailingSlashes(home) + "/" + fallback
        } else {
            return nil
        }
        return withoutTrailingSlashes(base) + "/frontier"
    }

    public static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
