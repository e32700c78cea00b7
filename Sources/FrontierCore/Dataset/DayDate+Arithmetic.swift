import Foundation

extension DayDate {
    /// The day `days` after 1970-01-01 (before it when negative), the inverse of `daysSinceEpoch`.
    ///
    /// Nil outside the years `DayDate` holds (1 to 9999).
    public init?(daysSinceEpoch days: Int) {
        let fields = DayDate.civilFields(daysSinceEpoch: days)
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The UTC day that `seconds` after 1970-01-01T00:00:00Z falls on; nil outside years 1...9999.
    ///
    /// Listings and feeds stamp instants as Unix times; the dataset keeps days, and UTC is the
    /// only zone the number itself implies.
    package init?(unixSeconds seconds: Int) {
        self.init(daysSinceEpoch: DayDate.dayNumber(unixSeconds: seconds))
    }

    /// The UTC calendar day of an instant.
    ///
    /// UTC rather than the local zone so the same instant gives the same day on every machine;
    /// the uses (a week's window of news) do not hinge on one day either way.
    public init?(utcDayOf date: Date) {
        self.init(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86400).rounded(.down)))
    }

    /// The day `days` later (earlier when negative); nil past the years `DayDate` holds.
    public func adding(days: Int) -> DayDate? {
        DayDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The count of whole days from 1970-01-01 to the UTC day holding `seconds`, rounding down.
    ///
    /// Plain `/` rounds toward zero, which would put the last second before 1970 on 1970-01-01.
    package static func dayNumber(unixSeconds seconds: Int) -> Int {
        let (quotient, remainder) = seconds.quotientAndRemainder(dividingBy: 86_400)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// Year, month and day of the proleptic Gregorian day `days` after 1970-01-01, unchecked.
    ///
    /// Kept apart from the failable initializer so clock fields (`UTCTime`) exist for any
    /// instant, even one outside the years a `DayDate` holds.
    package static func civilFields(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

extension DayDate {
    /// The UTC calendar day of `date`: the `retrieved` day stamped on imported figures, and
    /// the day prices are current on (`DatasetIndex.today`).
    public static func utcDay(of date: Date) -> DayDate {
        // Any instant a Date holds in practice falls in years 1...9999.
        DayDate(utcDayOf: date)!
    }
}
