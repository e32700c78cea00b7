import Foundation

/// Reads the date formats HTTP headers carry (`Date`, `Last-Modified`, `Retry-After`).
///
/// Written by hand rather than with `DateFormatter` because the result must not depend on the
/// machine's locale or time zone, and because RFC 9110 asks recipients to accept all three
/// historical forms, not only the one servers should send:
/// - IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`
/// - RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`
/// - asctime: `Sun Nov  6 08:49:37 1994`
public enum HTTPDate {
    /// The instant the header value names, or nil when it is none of the three forms or names
    /// a day that does not exist.
    ///
    /// A two-digit RFC 850 year below 70 is taken as 20xx and the rest as 19xx; the RFC's
    /// "not more than 50 years ahead" rule would need the clock, and only very old servers
    /// send this form at all.
    public static func parse(_ text: String) -> Date? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        switch words.count {
        case 6 where words[0].hasSuffix(","):
            // IMF-fixdate: weekday, day month year time GMT
            guard isWeekday(words[0].dropLast(), long: false), words[5] == "GMT",
                  let day = number(words[1], digits: 2), let month = month(words[2]),
                  let year = number(words[3], digits: 4) else { return nil }
            return instant(year: year, month: month, day: day, time: words[4])
        case 4 where words[0].hasSuffix(","):
            // RFC 850: weekday, dd-Mon-yy time GMT
            let parts = words[1].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard isWeekday(words[0].dropLast(), long: true), words[3] == "GMT", parts.count == 3,
                  let day = number(parts[0], digits: 2), let month = month(parts[1]),
                  let shortYear = number(parts[2], digits: 2) else { return nil }
            let year = shortYear < 70 ? 2000 + shortYear : 1900 + shortYear
            return instant(year: year, month: month, day: day, time: words[2])
        case 5:
            // asctime: weekday month day time year, the day padded with a space, not a zero
            guard isWeekday(Substring(words[0]), long: false), let month = month(words[1]),
                  let day = number(words[2], digits: 1...2), let year = number(words[4], digits: 4) else { return nil }
            return instant(year: year, month: month, day: day, time: words[3])
        default:
            return nil
        }
    }

    private static let shortWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let longWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The weekday name is checked for form only; a wrong weekday for the date is the sender's
    /// slip and the date itself is still clear.
    private static func isWeekday(_ word: Substring, long: Bool) -> Bool {
        (long ? longWeekdays : shortWeekdays).contains(String(word))
    }

    private static func month(_ word: String) -> Int? {
        months.firstIndex(of: word).map { $0 + 1 }
    }

    private static func number(_ word: String, digits: Int) -> Int? {
        number(word, digits: digits...digits)
    }

    private static func number(_ word: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(word.utf8.count), word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(word)
    }

    private static func instant(year: Int, month: Int, day: Int, time: String) -> Date? {
        let fields = time.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 3, let hour = number(fields[0], digits: 2), let minute = number(fields[1], digits: 2),
              let second = number(fields[2], digits: 2),
              hour < 24, minute < 60, second <= 60, // 60: a leap second, counted as the next minute's 0
              let date = DayDate(year: year, month: month, day: day) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second))
    }
}
