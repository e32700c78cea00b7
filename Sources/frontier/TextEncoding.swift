import Foundation

/// Whether the user's locale can show UTF-8, read the way the C library reads it.
enum TextEncoding {
    /// True when `LC_ALL`, else `LC_CTYPE`, else `LANG` names UTF-8 (the first one set wins).
    static func localeIsUTF8(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                let lowered = value.lowercased()
                return lowered.contains("utf-8") || lowered.contains("utf8")
            }
        }
        return false
    }
}
