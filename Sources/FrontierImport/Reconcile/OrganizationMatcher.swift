import Foundation
import FrontierCore

/// Finds the organization an outside source means by a name (`deepseek`, `Meta AI`, `meta-llama`).
///
/// An organization is known by its id, its name and its aliases; a name is looked up exactly
/// (ignoring case) and then in normalized form (see `NameKey`). A name two organizations share is
/// reported as such rather than given to either.
struct OrganizationMatcher: Sendable {
    enum Match: Hashable, Sendable {
        case matched(String)
        case ambiguous([String])
        case unmatched
    }

    private var exact: [String: Set<String>] = [:]
    private var normalized: [String: Set<String>] = [:]
    /// Normalized names of each organization, to recognize them leading a model name.
    private var words: [String: [String]] = [:]
    /// The organizations with a name starting with each first word: a name can lead a key only
    /// if the key starts with the same word, so `leading` asks these few, not every organization.
    private var byFirstWord: [Substring: Set<String>] = [:]

    /// Each organization's name.
    private var displayNames: [String: String] = [:]

    /// The name of the organization `id`, if it is known.
    func name(of id: String) -> String? {
        displayNames[id]
    }

    init(_ organizations: [Organization]) {
        for organization in organizations { add(organization) }
    }

    mutating func add(_ organization: Organization) {
        displayNames[organization.id] = organization.name
        let names = [organization.id, organization.name] + organization.aliases
        var keys: Set<String> = []
        for name in names {
            exact[name.lowercased(), default: []].insert(organization.id)
            let key = NameKey.normalized(name)
            guard !key.isEmpty else { continue }
            normalized[key, default: []].insert(organization.id)
            keys.insert(key)
        }
        words[organization.id] = keys.sorted()
        for key in keys { byFirstWord[Self.firstWord(key), default: []].insert(organization.id) }
    }

    private static func firstWord(_ key: String) -> Substring {
        key[..<(key.firstIndex(of: " ") ?? key.endIndex)]
    }

    func match(_ name: String) -> Match {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .unmatched }
        for hits in [exact[trimmed.lowercased()], normalized[NameKey.normalized(trimmed)]] {
            guard let hits, !hits.isEmpty else { continue }
            return hits.count == 1 ? .matched(hits.first!) : .ambiguous(hits.sorted())
        }
        return .unmatched
    }

    /// The organization id when `name` names exactly one organization.
    func id(for name: String) -> String? {
        if case .matched(let id) = match(name) { return id }
        return nil
    }

    /// Each organization name that leads `key` as whole words, with the rest of the key:
    /// `meta llama 3.1` → `[("meta", "llama 3.1"), ("meta", "3.1")]` when Meta is also `meta-llama`.
    func leading(_ key: String) -> [(organization: String, rest: String)] {
        var found: [(String, String)] = []
        for organization in byFirstWord[Self.firstWord(key)] ?? [] {
            for name in words[organization] ?? [] where key.count > name.count + 1 && key.hasPrefix(name + " ") {
                found.append((organization, String(key.dropFirst(name.count + 1))))
            }
        }
        return found
    }
}
