import Foundation
import FrontierCore

/// The parts of a listing's names that matching and new records use.
///
/// Listings decorate names: OpenRouter shows `DeepSeek: DeepSeek V3` and keys it
/// `deepseek/deepseek-chat`; Hugging Face names are `deepseek-ai/DeepSeek-V3`. The developer part
/// says who made the model, the rest is what the dataset's aliases usually hold.
enum ListingName {
    /// The display name without an `Org: ` prefix: `DeepSeek: DeepSeek V3` → `DeepSeek V3`.
    static func display(_ listing: ModelListing) -> String {
        let name = listing.name.trimmingCharacters(in: .whitespaces)
        if let prefix = displayPrefix(name) {
            return String(name.dropFirst(prefix.count)).drop { $0 == ":" || $0 == " " }.trimmingCharacters(in: .whitespaces)
        }
        return name.isEmpty ? listing.sourceID.trimmingCharacters(in: .whitespaces) : name
    }

    /// `DeepSeek` in `DeepSeek: DeepSeek V3`, when a short developer name leads the display name.
    static func displayPrefix(_ name: String) -> String? {
        guard let colon = name.range(of: ": ") else { return nil }
        let prefix = name[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        let rest = name[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !prefix.isEmpty, prefix.count <= 40, !rest.isEmpty else { return nil }
        return prefix
    }

    /// `deepseek` in `deepseek/deepseek-chat`: the developer or host before the first `/`.
    static func pathPrefix(_ key: String) -> String? {
        guard let slash = key.firstIndex(of: "/") else { return nil }
        let prefix = key[..<slash].trimmingCharacters(in: .whitespaces)
        return prefix.isEmpty ? nil : prefix
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
    /// prefix, or the key's first path component, in that order.
    static func developerNames(_ listing: ModelListing) -> [String] {
        [listing.organization?.trimmingCharacters(in: .whitespaces), displayPrefix(listing.name),
         pathPrefix(listing.sourceID)].compactMap { $0 }.filter { !$0.isEmpty }
    }
}
