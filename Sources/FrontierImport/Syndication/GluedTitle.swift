/// A title scraped from a card on a web page, with the card's date and section glued to its
/// front: `Aug 18, 2026ScienceHow Claude is accelerating protein design` (Anthropic's research
/// feed). Such a title is the card's text run together; the headline is what follows the date
/// and the section.
///
/// Only a date glued to a letter starts this reading, so an ordinary title that begins with a
/// date ("Aug 18, 2026: what changed") is left alone; the section ends where a lowercase
/// letter runs into a capitalised word (`ScienceHow`, `Red TeamPatterns`).
enum GluedTitle {
    /// The headline inside a glued title, or nil when `title` is not one.
    static func headline(in title: String) -> String? {
        let characters = Array(title)
        guard let dateEnd = leadingDateEnd(characters), dateEnd < characters.count, characters[dateEnd].isLetter else { return nil }
        let rest = Array(characters[dateEnd...])
        // The section is a few words at most; past that a capital after a lowercase letter is
        // part of the headline (`DeepSeek`), not the seam.
        for index in 0..<max(0, min(rest.count - 2, 40)) {
            if rest[index].isLowercase, rest[index + 1].isUppercase, rest[index + 2].isLowercase {
                return String(rest[(index + 1)...])
            }
        }
        return String(rest)
    }

    /// Where a leading `Mon D, YYYY` (or the month in full) ends.
    private static func leadingDateEnd(_ characters: [Character]) -> Int? {
        var index = 0
        while index < characters.count, characters[index].isLetter { index += 1 }
        let month = String(characters[0..<index]).lowercased()
        guard month.count >= 3, months.contains(where: { $0.hasPrefix(month) }) else { return nil }
        guard index < characters.count, characters[index] == " " else { return nil }
        index += 1
        let dayStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard (1...2).contains(index - dayStart), index + 2 < characters.count, characters[index] == ",",
              characters[index + 1] == " " else { return nil }
        index += 2
        let yearStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        return index - yearStart == 4 ? index : nil
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]
}
