import Foundation

/// Calendar fields of an instant in UTC, computed without `Calendar` or time zones.
///
/// Log timestamps and the `retrieved` day of an import must not depend on the machine's time
/// zone or locale; plain arithmetic on the Unix time cannot.
struct UTCTime: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init(_ date: Date) {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        // Howard Hinnant's civil_from_days, the inverse of DayDate.daysSinceEpoch.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `2026-11-29T03:12:00Z`: RFC 3339 to the second, the form log collectors parse.
    var rfc3339: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension DayDate {
    /// The UTC calendar day of `date`: the `retrieved` day stamped on imported figures.
    public static func utcDay(of date: Date) -> DayDate {
        let time = UTCTime(date)
        // Any instant a Date holds in practice falls in years 1...9999.
        return DayDate(year: time.year, month: time.month, day: time.day)!
    }
}
