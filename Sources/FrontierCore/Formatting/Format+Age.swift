import Foundation

extension Format {
    /// How long ago something happened, in its largest whole unit: `now`, `5s`, `4m`, `2h`, `3d`.
    ///
    /// A negative interval (a clock set back) reads `now` rather than a nonsense age.
    public static func age(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite, seconds >= 1 else { return "now" }
        for (unit, suffix) in ageUnits.reversed() where seconds >= unit {
            // A clock or a date far off gives an age no real source has; say so briefly.
            let count = seconds / unit
            return count < 100_000 ? "\(Int(count))\(suffix)" : ">99999\(suffix)"
        }
        return "now"
    }

    /// The smallest interval above `seconds` at which `age` reads differently.
    ///
    /// For a runtime that wants ages to stay true without redrawing every second: it can wake
    /// once at the earliest of these, and an age in hours then costs one wake an hour.
    public static func nextAgeChange(after seconds: TimeInterval) -> TimeInterval {
        guard seconds.isFinite, seconds >= 1 else { return 1 }
        let unit = ageUnits.reversed().first { seconds >= $0.seconds }?.seconds ?? 1
        return ((seconds / unit).rounded(.down) + 1) * unit
    }

    private static let ageUnits: [(seconds: TimeInterval, suffix: String)] = [
        (1, "s"), (60, "m"), (3600, "h"), (86400, "d"),
    ]
}
