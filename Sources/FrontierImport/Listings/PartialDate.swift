import FrontierCore

/// A date a listing gives to the day, the month or only the year, read as its first day.
///
/// models.dev writes `2024-12` and Epoch AI `2023`; the dataset wants days, so the first day of
/// the period stands in and `note` says how much of it the source actually gave.
struct PartialDate: Hashable, Sendable {
    /// How much of the date the source wrote.
    enum Precision: Hashable, Sendable {
        case day, month, year
    }

    var day: DayDate
    var precision: Precision

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for anything else or a day that does not exist.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.utf8.count == width, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        guard let day = DayDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1,
                                day: numbers.count > 2 ? numbers[2] : 1) else { return nil }
        self.day = day
        precision = [.year, .month, .day][numbers.count - 1]
    }

    /// What a provenance note says about a date the source did not give to the day, e.g.
    /// `release month only`; nil for a full date.
    func note(for what: String) -> String? {
        switch precision {
        case .day: return nil
        case .month: return "\(what) month only"
        case .year: return "\(what) year only"
        }
    }
}
