/// A calendar day (`YYYY-MM-DD`) with no time and no time zone.
///
/// The dataset's dates are announcement days as the labs give them; carrying a time zone would
/// invent precision the sources do not have.
public struct DayDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day` in one 32-bit number: a day costs four bytes in every
    /// record that carries one, and ordering days is ordering these numbers.
    private let packed: Int32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// Nil when the day does not exist (month 13, February 30, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= DayDate.daysIn(month: month, year: year) else { return nil }
        packed = Int32(year << 9 | month << 5 | day)
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else or for a day that does not exist.
    public init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8({ DayDate(utf8: $0) }) else { return nil }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as `init?(_:)` does from text.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic and scales.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        lhs.packed < rhs.packed
    }

    /// `YYYY-MM-DD`, written digit by digit into one small string: every row of a long
    /// timeline shows one, and padding pieces of text together cost more than the rest of the row.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func write(_ value: Int, width: Int, at start: Int) {
                var rest = value
                for place in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, width: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            write(month, width: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            write(day, width: 2, at: 8)
            return 10
        }
    }
}
