import FrontierCore

/// Record ids made from outside names: `DeepSeek: DeepSeek V3` → `deepseek-v3`.
///
/// Ids allow only letters, digits, `.`, `_` and `-`, at most 100 of them (see docs/dataset.md),
/// and must not repeat within a kind; an import must never take an id that already means
/// another record.
enum RecordID {
    static let maximumLength = 100

    /// Lowercase ASCII letters and digits, `.` and `_` kept, anything else one `-`; `fallback`
    /// when nothing is left.
    static func slug(_ text: String, fallback: String = "record") -> String {
        var output = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let keeps = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
            if keeps {
                if pendingDash, !output.isEmpty { output.append("-") }
                pendingDash = false
                output.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while output.hasSuffix(".") { output.removeLast() }
        if output.count > maximumLength { output = String(output.prefix(maximumLength)) }
        while output.hasSuffix("-") || output.hasSuffix(".") { output.removeLast() }
        return output.isEmpty ? fallback : output
    }

    /// `base`, or `base-2`, `base-3`, ... : the first not in `taken`, within the length limit.
    static func unique(_ base: String, notIn taken: Set<String>) -> String {
        unique(base, isTaken: taken.contains)
    }

    /// As above, asking `isTaken`, so a caller with its own index need not build a set per id.
    static func unique(_ base: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(base) else { return base }
        var number = 2
        while true {
            let suffix = "-\(number)"
            let candidate = String(base.prefix(maximumLength - suffix.count)) + suffix
            if !isTaken(candidate) { return candidate }
            number += 1
        }
    }
}
