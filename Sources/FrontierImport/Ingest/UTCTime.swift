import Foundation
import FrontierCore

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
        let days = DayDate.dayNumber(unixSeconds: total)
        let secondOfDay = total - days * 86_400
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
        (year, month, day) = DayDate.civilFields(daysSinceEpoch: days)
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
