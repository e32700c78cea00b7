import Foundation
import FrontierCore

/// The parts of a listing's names that matching and new records use.
///
/// Listings decorate names: OpenRouter shows `DeepSeek: DeepSeek V3` and keys it
/// `deepseek/deepseek-chat`; Hugging Face names are `deepseek-ai/DeepSeek-V3`. The developer part
/// says who made the model, the rest is what the dataset's aliases usually hold.
enum ListingName {
    /// The display name without an `Org: ` prefix: `DeepSeek: DeepSeek V3` → `DeepSeek V3`. A
    /// list that names a model by its key (LiteLLM) shows the key's last part, without the hosts,
    /// regions and developer before it: `azure/eu/gpt-4o-mini` → `gpt-4o-mini`.
    static func display(_ listing: ModelListing) -> String {
        let name = listing.name.trimmingCharacters(in: .whitespaces)
        if let prefix = displayPrefix(name) {
            return String(name.dropFirst(prefix.count)).drop { $0 == ":" || $0 == " " }.trimmingCharacters(in: .whitespaces)
        }
        let shown = name.isEmpty ? listing.sourceID.trimmingCharacters(in: .whitespaces) : name
        return shown.contains("/") && !shown.contains(" ") ? lastComponent(shown) : shown
    }

    /// `DeepSeek` in `DeepSeek: DeepSeek V3`, when a short developer name leads the display name.
    static func displayPrefix(_ name: String) -> String? {
        guard let colon = name.range(of: ": ") else { return nil }
        let prefix = name[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        let rest = name[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !prefix.isEmpty, prefix.count <= 40, !rest.isEmpty else { return nil }
        return prefix
    }

    /// `deepseek` in `deepseek/deepseek-chat`: the first part of a key's path that names a
    /// developer, passing over hosts and routers (`openrouter/anthropic/claude-3.5-sonnet` →
    /// `anthropic`; `azure/command-r-plus` → nil) and the `models` of `accounts/fireworks/models/…`.
    static func pathPrefix(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts.dropLast() {
            let name = developerSpelling(String(part))
            if name.isEmpty || name.lowercased() == "models" || HostNames.isHost(name) { continue }
            return name
        }
        return nil
    }

    /// A developer name as listings decorate it, undecorated: OpenRouter's `~anthropic` (a
    /// pointer to Anthropic's latest model) is `anthropic`.
    static func developerSpelling(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("~") ? String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) : trimmed
    }

    /// `deepseek-chat` in `deepseek/deepseek-chat`, or the whole key when it has no `/`.
    static func lastComponent(_ key: String) -> String {
        guard let slash = key.lastIndex(of: "/") else { return key }
        let rest = key[key.index(after: slash)...]
        return rest.isEmpty ? key : String(rest)
    }

    /// Every exact spelling the listing offers: its key and name, each also without its prefix.
    static func spellings(_ listing: ModelListing) -> [String] {
        var result: [String] = []
        for text in [listing.sourceID, listing.name, display(listing), lastComponent(listing.sourceID),
                     lastComponent(display(listing))] {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !result.contains(trimmed) { result.append(trimmed) }
        }
        return result
    }

    /// The developer's name as the listing gives it: its organization field, the display
    /// prefix, or the key's first path component that names a developer, in that order. A host
    /// or router is never one (see `HostNames`): it serves the model, it did not make it.
    static func developerNames(_ listing: ModelListing) -> [String] {
        [listing.organization, displayPrefix(listing.name), pathPrefix(listing.sourceID)]
            .compactMap { $0.map(developerSpelling) }
            .filter { !$0.isEmpty && !HostNames.isHost($0) }
    }
}
