import FrontierCore

/// Reads the dates feeds write and gives the UTC calendar day they fall on.
///
/// RSS asks for RFC 822 (`Tue, 10 Jun 2025 14:00:00 GMT`) and Atom for RFC 3339
/// (`2025-06-10T14:00:00Z`), but feeds are written by hand and by every blog engine there is,
/// so both are read loosely. RFC 822: weekday optional and in any case or length, month names
/// in any case (`jun`, `June`, `Sept`), one- or two-digit days, two-digit years (00-49 are 20xx,
/// 50-99 are 19xx, as RFC 2822 says), seconds optional, extra spaces and commas, zones as offsets
/// (`+0000`, `-07:00`), names (`GMT`, `EST`, `PDT`, `CET`, `JST`, ...), the US names that leave
/// daylight time to the date (`PT`, `ET`, `CT`, `MT`), or a parenthesised comment.
/// An unknown zone written in capitals after the time counts as UTC, as RFC 2822 says of the
/// obsolete military zones. RFC 3339: `T` or `t` or a space before the time, seconds and fractions
/// optional, `Z`/`z`, offsets with or without the colon, no zone (taken as UTC), or a bare day.
///
/// Written by hand rather than with `DateFormatter` because the result must not depend on the
/// machine's locale or time zone. Anything else (`yesterday`, a day that does not exist) is nil.
enum FeedDate {
    /// The UTC day `text` names, or nil when it is no date this reader knows.
    static func day(_ text: String) -> DayDate? {
        let trimmed = text.trimmingWhitespace()
        let bytes = Array(trimmed.utf8)
        if bytes.count >= 5, bytes[0..<4].allSatisfy(isDigit), bytes[4] == UInt8(ascii: "-") {
            return iso8601(bytes)
        }
        return rfc822(trimmed)
    }

    // MARK: RFC 3339 / ISO 8601

    private static func iso8601(_ bytes: [UInt8]) -> DayDate? {
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count, bytes[index..<(index + digits)].allSatisfy(isDigit) else { return nil }
            let value = bytes[index..<(index + digits)].reduce(0) { $0 * 10 + Int($1 - 48) }
            index += digits
            return value
        }
        func skip(_ byte: Character) -> Bool {
            guard index < bytes.count, bytes[index] == byte.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else { return nil }
        guard index < bytes.count else { return DayDate(year: year, month: month, day: day) }
        guard skip("T") || skip("t") || skip(" ") else { return nil }
        while skip(" ") {}
        guard let hour = number(2), skip(":"), let minute = number(2) else { return nil }
        var second = 0
        if skip(":") {
            guard let value = number(2) else { return nil }
            second = value
            if skip(".") || skip(",") {
                guard number(1) != nil else { return nil }
                while index < bytes.count, isDigit(bytes[index]) {
                    index += 1
                }
            }
        }
        while skip(" ") {}
        var offset = 0
        if index < bytes.count {
            let zone = String(decoding: bytes[index...], as: UTF8.self)
            guard let minutes = zoneOffset(zone, afterTime: true) else { return nil }
            offset = minutes
        }
        return utcDay(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    // MARK: RFC 822 / 1123 / 2822

    private static func rfc822(_ text: String) -> DayDate? {
        var day: Int?
        var month: Int?
        var year: Int?
        var time: (hour: Int, minute: Int, second: Int)?
        var offset: Int?
        var usZone: Int?

        func take(_ token: Substring) -> Bool {
            let word = token.lowercased().trimmingDots()
            if word.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(word) {
                switch word.count {
                case 4 where year == nil:
                    year = number
                case 1...2 where day == nil:
                    day = number
                case 1...3 where year == nil:
                    year = word.count == 3 ? 1900 + number : (number < 50 ? 2000 + number : 1900 + number)
                default:
                    return false
                }
                return true
            }
            if let number = monthNumber(word) {
                guard month == nil else { return false }
                month = number
                return true
            }
            if isWeekday(word) { return true }
            if word.contains(":"), time == nil, let parsed = clockTime(word) {
                time = parsed
                return true
            }
            if offset == nil, usZone == nil, let standard = usGenericZones[word] {
                usZone = standard
                return true
            }
            if offset == nil, let minutes = zoneOffset(String(token), afterTime: time != nil) {
                offset = minutes
                return true
            }
            // RFC 850's `10-Jun-25`, and sloppy variants of it.
            if token.contains("-"), token.first != "-", token.first != "+" {
                return token.split(separator: "-").allSatisfy(take)
            }
            return false
        }

        let tokens = withoutComments(text).split { $0 == " " || $0 == "," || $0 == "\t" }
        guard !tokens.isEmpty, tokens.allSatisfy(take),
              let day, let month, let year else { return nil }
        let clock = time ?? (0, 0, 0)
        if let usZone, let local = DayDate(year: year, month: month, day: day) {
            offset = usZone + (isUSDaylightTime(local, hour: clock.hour) ? 60 : 0)
        }
        // Without a time the day is taken as written: shifting midnight by a zone would move it.
        return utcDay(year: year, month: month, day: day, hour: clock.hour, minute: clock.minute, second: clock.second,
                      offsetMinutes: time == nil ? 0 : (offset ?? 0))
    }

    /// `text` without parenthesised comments such as `(Pacific Daylight Time)`.
    private static func withoutComments(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
                result.append(" ")
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }

    private static func clockTime(_ word: String) -> (hour: Int, minute: Int, second: Int)? {
        let fields = word.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
              let hour = Int(fields[0]), let minute = Int(fields[1]) else { return nil }
        let second = fields.count == 3 ? Int(fields[2]) : 0
        guard let second else { return nil }
        return (hour, minute, second)
    }

    /// Minutes east of UTC for a zone written as `Z`, `+0530`, `-07:00`, `+09`, `GMT+1`, or a
    /// name; nil when it is none of them.
    private static func zoneOffset(_ text: String, afterTime: Bool) -> Int? {
        let lower = text.lowercased()
        if let minutes = zoneNames[lower] { return minutes }
        for prefix in ["gmt", "utc", "ut"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if let sign = rest.first, sign == "+" || sign == "-" {
                return numericOffset(rest)
            }
        }
        if let sign = lower.first, sign == "+" || sign == "-" {
            return numericOffset(Substring(lower))
        }
        // RFC 2822 §4.3: zones it does not know count as UTC. Only capitals after a time, so that
        // a stray word such as "yesterday" is not taken for one.
        if afterTime, (1...5).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            return 0
        }
        return nil
    }

    /// `+hhmm`, `+hh:mm`, `+hh` or `+h`, with either sign.
    private static func numericOffset(_ text: Substring) -> Int? {
        let sign = text.first == "-" ? -1 : 1
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        let hours: Int
        let minutes: Int
        switch digits.count {
        case 1, 2:
            hours = value
            minutes = 0
        case 3, 4:
            hours = value / 100
            minutes = value % 100
        default:
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 60 + minutes)
    }

    private static let zoneNames: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "akst": -540, "akdt": -480, "hst": -600, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
        "bst": 60, "ist": 60, "west": 60, "cet": 60, "met": 60, "cest": 120, "mest": 120, "eet": 120, "eest": 180,
        "msk": 180, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480, "acst": 570, "acdt": 630,
        "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    ]

    /// The zone name of an RFC 2822 date that this reader does not know and so counts as UTC
    /// (`Tue, 10 Jun 2025 04:00:00 XYZ` → `XYZ`), for a note that the day may be off by one;
    /// nil when the date has a known zone, an offset, or none.
    static func unknownZone(in text: String) -> String? {
        guard day(text) != nil, let last = text.split(separator: " ").last.map(String.init),
              (1...5).contains(last.count), last.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        let lower = last.lowercased()
        guard zoneNames[lower] == nil, usGenericZones[lower] == nil else { return nil }
        return last
    }

    /// `PT`, `ET`, `CT`, `MT`: US zones named without saying standard or daylight time, as their
    /// standard offsets; the date decides whether daylight time is added.
    private static let usGenericZones: [String: Int] = ["et": -300, "ct": -360, "mt": -420, "pt": -480]

    /// Whether US daylight time is in effect at `hour` local time on `day`, by the rule in force
    /// since 2007 (second Sunday of March, 2:00, to first Sunday of November, 2:00). Older dates
    /// are read by the same rule: the error is a few weeks of one year in twenty, and at most
    /// one hour.
    private static func isUSDaylightTime(_ day: DayDate, hour: Int) -> Bool {
        guard (3...11).contains(day.month) else { return false }
        guard day.month == 3 || day.month == 11 else { return true }
        guard let first = DayDate(year: day.year, month: day.month, day: 1) else { return false }
        // 1970-01-01 was a Thursday; weekday 0 is Sunday.
        let firstWeekday = ((first.daysSinceEpoch + 4) % 7 + 7) % 7
        let firstSunday = 1 + (7 - firstWeekday) % 7
        if day.month == 3 {
            let start = firstSunday + 7
            return day.day > start || (day.day == start && hour >= 2)
        }
        return day.day < firstSunday || (day.day == firstSunday && hour < 2)
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `jun`, `june`, `sept`: at least three letters that begin a month's name.
    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static func isWeekday(_ word: String) -> Bool {
        word.count >= 2 && weekdays.contains { $0.hasPrefix(word) }
    }

    // MARK: Arithmetic

    private static func utcDay(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                               offsetMinutes: Int) -> DayDate? {
        // Second 60 is a leap second, still in the minute it ends; hour 24 is refused, as RFC 3339 does.
        guard let local = DayDate(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60 else {
            return nil
        }
        let seconds = local.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + min(second, 59) - offsetMinutes * 60
        return DayDate(unixSeconds: seconds)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    func trimmingDots() -> String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
