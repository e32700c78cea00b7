import Foundation
import FrontierCore

/// Finds the organizations and models a headline mentions, through their names and aliases.
///
/// Names are matched as whole tokens, ignoring case, longest first, so `o1-mini` is not also
/// read as `o1` and `DeepSeek-V3` not as `DeepSeek`. A token is bounded by anything but a letter
/// or digit, except `-`, `_`, `/` and `.` between two of them (`Llama 3.1` does not mention
/// `Llama 3`). A name several models answer to (`Llama`, the first word of every Llama model)
/// links their developer, not a model: guessing which Llama would be wrong more often than right.
/// A common word (`The`, `Free`, `Open`; see `CommonWords`) or one of three letters or fewer is
/// never such a family word: it is in every other headline.
struct NewsLinker: Sendable {
    private struct Term: Sendable {
        var characters: [Character]
        var organizations: Set<String>
        var models: Set<String>
    }

    private let terms: [Term]
    /// The terms (by index in `terms`) that begin with each pair of characters, and those of
    /// one character by it: a headline is searched only for the terms whose start it contains,
    /// a few dozen of the thousands a catalogue of price lists names.
    private let termsByStart: [String: [Int]]
    private let termsBySingle: [Character: [Int]]
    /// Names this short link a model only beside their developer's name.
    static let shortNameLength = 3
    private let developers: [String: String]

    init(organizations: [Organization], models: [Model]) {
        var byName: [String: Term] = [:]
        func add(_ name: String, organization: String? = nil, model: String? = nil) {
            let key = name.lowercased().trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else { return }
            var term = byName[key] ?? Term(characters: Array(key), organizations: [], models: [])
            if let organization { term.organizations.insert(organization) }
            if let model { term.models.insert(model) }
            byName[key] = term
        }
        for organization in organizations {
            for name in [organization.name] + organization.aliases { add(name, organization: organization.id) }
        }
        for model in models {
            for name in [model.name] + model.aliases { add(name, model: model.id) }
        }
        var developers: [String: String] = [:]
        for model in models { developers[model.id] = model.org }
        // Family words come last so that a real name or alias spelled the same always wins.
        var families: [String: Set<String>] = [:]
        for model in models {
            guard let word = Self.firstWord(of: model.name), byName[word] == nil, !CommonWords.isCommon(word) else {
                continue
            }
            families[word, default: []].insert(model.id)
        }
        for (word, members) in families where members.count > 1 {
            byName[word] = Term(characters: Array(word), organizations: Set(members.compactMap { developers[$0] }),
                                models: [])
        }
        // A name several models share says only whose models they are.
        for (key, term) in byName where term.models.count > 1 {
            byName[key] = Term(characters: term.characters,
                               organizations: term.organizations.union(term.models.compactMap { developers[$0] }),
                               models: [])
        }
        // Longest first, then by name; the dictionary's key is the name, so no comparison
        // builds a string.
        terms = byName.sorted { ($0.value.characters.count, $0.key) > ($1.value.characters.count, $1.key) }.map(\.value)
        var byStart: [String: [Int]] = [:]
        var bySingle: [Character: [Int]] = [:]
        for (index, term) in terms.enumerated() {
            if term.characters.count >= 2 {
                byStart[String(term.characters[0..<2]), default: []].append(index)
            } else if let only = term.characters.first {
                bySingle[only, default: []].append(index)
            }
        }
        termsByStart = byStart
        termsBySingle = bySingle
        self.developers = developers
    }

    /// The organizations and models `texts` mention, each in order of first mention; a linked
    /// model's developer is linked too.
    func links(in texts: [String]) -> (organizations: [String], models: [String]) {
        var organizations: [(position: Int, id: String)] = []
        var models: [(position: Int, id: String)] = []
        // Short names (`R1`, `V3`, `o1`) are also part numbers, versions and other products':
        // they count only when their developer is named too ("DeepSeek R1", not "Apple's R1 chip").
        var shortModels: [(position: Int, id: String)] = []
        var offset = 0
        for text in texts {
            let characters = Array(text.lowercased())
            var claimed = [Bool](repeating: false, count: characters.count)
            for (index, starts) in candidates(in: characters) {
                let term = terms[index]
                for start in occurrences(of: term.characters, at: starts, in: characters, claimed: claimed) {
                    for index in start..<(start + term.characters.count) { claimed[index] = true }
                    organizations += term.organizations.sorted().map { (offset + start, $0) }
                    let found = term.models.sorted().map { (position: offset + start, id: $0) }
                    if term.characters.count <= Self.shortNameLength { shortModels += found } else { models += found }
                }
            }
            offset += characters.count + 1
        }
        let named = Set(organizations.map(\.id) + models.compactMap { developers[$0.id] })
        models += shortModels.filter { developers[$0.id].map(named.contains) == true }
        let modelIDs = Self.ordered(models)
        let developerMentions = models.compactMap { mention in developers[mention.id].map { (mention.position, $0) } }
        return (Self.ordered(organizations + developerMentions), modelIDs)
    }

    /// The terms that could occur in `text`, in `terms` order (longest first), each with the
    /// places where its first one or two characters do.
    private func candidates(in text: [Character]) -> [(term: Int, starts: [Int])] {
        var pairs: [String: [Int]] = [:]
        var singles: [Character: [Int]] = [:]
        for start in text.indices {
            if termsBySingle[text[start]] != nil { singles[text[start], default: []].append(start) }
            if start + 1 < text.count { pairs[String(text[start...start + 1]), default: []].append(start) }
        }
        var found: [(term: Int, starts: [Int])] = []
        for (pair, starts) in pairs {
            for term in termsByStart[pair] ?? [] { found.append((term, starts)) }
        }
        for (character, starts) in singles {
            for term in termsBySingle[character] ?? [] { found.append((term, starts)) }
        }
        return found.sorted { $0.term < $1.term }
    }

    /// Where `term` occurs in `text` as a whole token on characters no longer term claimed,
    /// trying only `starts` (ascending), left to right without overlaps.
    private func occurrences(of term: [Character], at starts: [Int], in text: [Character], claimed: [Bool]) -> [Int] {
        var found: [Int] = []
        var next = 0
        for start in starts where start >= next {
            let end = start + term.count
            guard end <= text.count else { break }
            guard term.indices.allSatisfy({ text[start + $0] == term[$0] }), !claimed[start..<end].contains(true),
                  Self.isBoundary(before: start, in: text), Self.isBoundary(after: end, in: text) else { continue }
            found.append(start)
            next = end
        }
        return found
    }

    private static func isBoundary(before start: Int, in text: [Character]) -> Bool {
        guard start > 0 else { return true }
        let previous = text[start - 1]
        if isWordCharacter(previous) { return false }
        if isJoiner(previous), start >= 2, isWordCharacter(text[start - 2]) { return false }
        return true
    }

    private static func isBoundary(after end: Int, in text: [Character]) -> Bool {
        guard end < text.count else { return true }
        let next = text[end]
        if isWordCharacter(next) { return false }
        if isJoiner(next), end + 1 < text.count, isWordCharacter(text[end + 1]) { return false }
        return true
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func isJoiner(_ character: Character) -> Bool {
        character == "-" || character == "_" || character == "/" || character == "." || character == "+"
    }

    /// The first word of a model name (`llama` in `Llama 3.1 405B`, `gpt` in `GPT-4o`), if it is
    /// a word at all and not a bare number.
    private static func firstWord(of name: String) -> String? {
        let word = name.lowercased().prefix { !($0 == " " || $0 == "-" || $0 == "_" || $0 == "/") }
        guard word.count >= 2, word.contains(where: \.isLetter) else { return nil }
        return String(word)
    }

    private static func ordered(_ mentions: [(position: Int, id: String)]) -> [String] {
        var seen: Set<String> = []
        let sorted = mentions.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
        return sorted.compactMap { seen.insert($0.element.id).inserted ? $0.element.id : nil }
    }
}
