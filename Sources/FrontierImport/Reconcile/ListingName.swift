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
        guard !shown.contains(" ") else { return shown }
        let last = shown.contains("/") ? lastComponent(shown) : shown
        return vendorSplit(last)?.model ?? last
    }

    /// Bedrock's `vendor.model` ids, after any region: `us.anthropic.claude-3-5-haiku-20241022-v1:0`
    /// → (`anthropic`, `claude-3-5-haiku-20241022-v1:0`); nil for a name that is not one.
    ///
    /// The vendor is one lowercase word before the first dot and the model starts with a letter,
    /// so a version's dot (`qwen2.5-72b`, `gpt-3.5-turbo`) never splits a name.
    static func vendorSplit(_ name: String) -> (vendor: String, model: String)? {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        while parts.count > 2, HostNames.isHost(parts[0]) { parts.removeFirst() }
        guard parts.count >= 2, let vendor = parts.first, (2...12).contains(vendor.count),
              vendor.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
              vendor.first?.isLetter == true, parts[1].first?.isLetter == true else { return nil }
        return (vendor, parts.dropFirst().joined(separator: "."))
    }

    /// The name a model created from this listing is shown with: `display`, without a snapshot
    /// mark when it is a key rather than prose (`gpt-5.4-2026-03-05` → `gpt-5.4`), so that the
    /// snapshots a list names one by one make one model whichever comes first.
    static func modelName(_ listing: ModelListing) -> String {
        let shown = display(listing)
        if shown.hasSuffix(")"), let open = shown.lastIndex(of: "("), open > shown.startIndex {
            // `GPT-5.2 (2025-12-11)`, `R1 (free)`: prose with the snapshot in brackets.
            let mark = NameKey.normalized(String(shown[open...]))
            let head = shown[..<open].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, NameKey.withoutSnapshotSuffix("model " + mark) == "model" { return head }
        }
        guard !shown.contains(" ") else { return shown }
        var name = shown[...]
        while let cut = snapshotCut(name) { name = name[..<cut] }
        return name.contains(where: \.isLetter) ? String(name) : shown
    }

    /// True when `name` is a better name for a model than `current`: one that says what the
    /// model's keys say (`fits`: a list that names `gpt-5.2-pro` "GPT 5.2" does not), then prose
    /// (`Qwen3 32B`) before a key (`qwen3-32b-fp8`), then the shorter, then the first in
    /// code-point order. A total order, so the best of a model's names is the same whichever
    /// listing came first.
    static func preferredName(_ name: String, over current: String, fits: (String) -> Bool = { _ in true }) -> Bool {
        let fit = fits(name), currentFit = fits(current)
        if fit != currentFit { return fit }
        let prose = name.contains(" "), currentProse = current.contains(" ")
        if prose != currentProse { return prose }
        if name.count != current.count { return name.count < current.count }
        return name.unicodeScalars.lexicographicallyPrecedes(current.unicodeScalars)
    }

    /// Where a trailing snapshot mark of a key starts (its separator), or nil: `-latest`,
    /// `:free`, `:beta`, `-2024-08-06`, `-0324`, `@20240620`, Bedrock's `-v1:0`.
    private static func snapshotCut(_ name: Substring) -> Substring.Index? {
        guard let separator = name.lastIndex(where: { "-_:@".contains($0) }), separator > name.startIndex else { return nil }
        let tail = name[name.index(after: separator)...]
        let head = name[..<separator]
        if ["latest", "free", "beta"].contains(tail.lowercased()) { return separator }
        guard !tail.isEmpty, tail.allSatisfy(\.isASCIIDigit) else { return nil }
        if tail.count == 2, let start = dateStart(head) { return start }
        if (3...8).contains(tail.count) { return separator }
        // Bedrock's `-v1:0`: a model version, then a revision after a colon (`deepseek-v3-1` is
        // a version, not a revision).
        guard name[separator] == ":", let v = head.lastIndex(of: "v"), v > head.startIndex, "-_".contains(head[head.index(before: v)]),
              head.index(after: v) < head.endIndex, head[head.index(after: v)...].allSatisfy(\.isASCIIDigit) else { return nil }
        return head.index(before: v)
    }

    /// The start of `-YYYY-MM` when `head` ends in one (the rest of a date stamp).
    private static func dateStart(_ head: Substring) -> Substring.Index? {
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let month = parts[parts.count - 1], year = parts[parts.count - 2]
        guard month.count == 2, year.count == 4, (year.hasPrefix("19") || year.hasPrefix("20")),
              (month + year).allSatisfy(\.isASCIIDigit) else { return nil }
        return head.index(head.endIndex, offsetBy: -(year.count + month.count + 2))
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
    /// pointer to Anthropic's latest model) is `anthropic`, `hf:nvidia` is `nvidia`.
    static func developerSpelling(_ name: String) -> String {
        var trimmed = name.trimmingCharacters(in: .whitespaces)
        // Synthetic's `hf:nvidia/…`: a Hugging Face repository, named by its owner.
        if trimmed.lowercased().hasPrefix("hf:") { trimmed = String(trimmed.dropFirst(3)) }
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
                     lastComponent(display(listing)), vendorSplit(lastComponent(listing.sourceID))?.model ?? ""] {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !result.contains(trimmed) { result.append(trimmed) }
        }
        return result
    }

    /// The spellings of the listing's key alone: whole, its last part, and a Bedrock id's model.
    static func keySpellings(_ listing: ModelListing) -> [String] {
        let key = listing.sourceID.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return [] }
        var result = [key]
        for text in [lastComponent(key), vendorSplit(lastComponent(key))?.model ?? ""]
        where !text.isEmpty && !result.contains(text) {
            result.append(text)
        }
        return result
    }

    /// The developer's name as the listing gives it: its organization field, the display
    /// prefix, or the key's first path component that names a developer, in that order. A host
    /// or router is never one (see `HostNames`): it serves the model, it did not make it.
    static func developerNames(_ listing: ModelListing) -> [String] {
        var prefix = pathPrefix(listing.sourceID)
        // `cerebras/llama3.1-70b` listed by the provider `cerebras`: the prefix is the route to
        // the host, and the family says who made the model.
        if let given = prefix, let provider = listing.provider,
           NameKey.normalized(given) == NameKey.normalized(provider), familyDeveloper(listing) != nil {
            prefix = nil
        }
        return [listing.organization, displayPrefix(listing.name), prefix,
         vendorSplit(lastComponent(listing.sourceID))?.vendor]
            .compactMap { $0.map(developerSpelling) }
            .filter { !$0.isEmpty && !HostNames.isHost($0) }
    }

    /// Who a model key says made the model, from its words alone: the developer of its family
    /// (`cerebras/zai-glm-4.7` → Z.ai, `perplexity/codellama-70b` → Meta; see `ModelFamilies`),
    /// else the developer its path names (`sao10k/l3-8b-lunaris` → `sao10k`), else nil. The same
    /// key always gives the same answer, whatever was imported before, so the models imports
    /// create are grouped and credited the same in any order of lists.
    static func keyOwner(_ key: String) -> String? {
        let keyListing = ModelListing(sourceID: key, name: "", provenance: Provenance())
        return familyDeveloper(keyListing) ?? developerNames(keyListing).first
    }

    /// The developer a listing that names none is taken to be from, by its model family
    /// (`azure/gpt-4o` → OpenAI; see `ModelFamilies`), or nil.
    static func familyDeveloper(_ listing: ModelListing) -> String? {
        ModelFamilies.developer(of: ModelFamilies.withoutLeadingOwner(NameKey.normalized(display(listing))))
    }
}
