import Foundation
import FrontierCore

/// Reads LiteLLM's `model_prices_and_context_window.json` into listings with prices per 1M tokens.
///
/// The file maps each model key to its limits and per-token prices, as numbers (`3e-06`) or
/// sometimes strings (`"3e-06"`); both are converted by moving the decimal point of their text
/// (`DecimalText`). Only `input_cost_per_token`, `output_cost_per_token` and
/// `cache_read_input_token_cost` are read: fields in other units (`input_cost_per_character`,
/// `input_cost_per_second`, `output_cost_per_image`) and higher tiers
/// (`input_cost_per_token_above_128k_tokens`) are never mixed in. An entry priced only in
/// another unit is skipped with a warning naming the unit. Chat, completion and responses
/// models become listings; other modes (embeddings, images, audio) are skipped with one warning
/// per mode that counts them. The `sample_spec` entry documents the format and is passed over.
public enum LiteLLMImporter {
    /// The modes that describe a text-generating model; an entry without `mode` is one too.
    static let listedModes: Set<String> = ["chat", "completion", "responses"]

    /// `litellm_provider` values that are the developer itself (or name the developer's models
    /// on a cloud, such as `vertex_ai-anthropic_models`); other providers name only the host.
    static let developers: [String: String] = [
        "openai": "OpenAI", "text-completion-openai": "OpenAI",
        "anthropic": "Anthropic", "vertex_ai-anthropic_models": "Anthropic",
        "deepseek": "DeepSeek",
        "mistral": "Mistral AI", "codestral": "Mistral AI", "vertex_ai-mistral_models": "Mistral AI",
        "gemini": "Google", "vertex_ai-language-models": "Google", "vertex_ai-chat-models": "Google",
        "vertex_ai-text-models": "Google", "vertex_ai-code-text-models": "Google",
        "vertex_ai-code-chat-models": "Google", "vertex_ai-vision-models": "Google",
        "meta_llama": "Meta", "vertex_ai-llama_models": "Meta",
        "xai": "xAI", "cohere": "Cohere", "cohere_chat": "Cohere", "dashscope": "Alibaba",
        "moonshot": "Moonshot AI", "perplexity": "Perplexity", "ai21": "AI21 Labs",
    ]

    private static let pricePrefixes = ["input_cost_per_", "output_cost_per_"]
    /// At most this many keys are named in a warning that counts skipped entries.
    private static let namedInSummary = 5

    public static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        let root = try ListingJSON.parse(bytes, context: context)
        guard let entries = root.objectValue else {
            throw ListingJSON.wrongRoot(root, expected: "an object of model entries (LiteLLM's price list)", context: context)
        }
        var batch = ImportBatch()
        var skippedByMode: [(mode: String, keys: [String])] = []
        for entry in entries.members where entry.key != "sample_spec" {
            guard let object = entry.value.objectValue else {
                batch.skipped.append(ImportWarning(place: entry.key, reason: "expected an object, got \(ListingJSON.describe(entry.value))"))
                continue
            }
            var fields = ListingFields(object) { field, reason in
                ImportWarning(place: entry.key, reason: field.map { "\($0): \(reason)" } ?? reason)
            }
            let mode = fields.string("mode")
            if let mode, !listedModes.contains(mode) {
                if let index = skippedByMode.firstIndex(where: { $0.mode == mode }) {
                    skippedByMode[index].keys.append(entry.key)
                } else {
                    skippedByMode.append((mode, [entry.key]))
                }
                continue
            }
            if mode == nil, fields.value("mode") != nil {
                batch.skipped += fields.warnings
                continue
            }
            if let listing = listing(key: entry.key, fields: &fields, context: context) {
                batch.listings.append(listing)
            }
            batch.skipped += fields.warnings
        }
        for (mode, keys) in skippedByMode {
            var named = keys.prefix(namedInSummary).joined(separator: ", ")
            if keys.count > namedInSummary { named += ", and \(keys.count - namedInSummary) more" }
            let count = keys.count == 1 ? "1 entry" : "\(keys.count) entries"
            batch.skipped.append(ImportWarning(place: "mode \(JSONWriter.quoted(mode, limit: Diagnostic.quotedLimit))",
                                               reason: "\(count) skipped, not a chat or completion model: \(named)"))
        }
        return batch
    }

    /// The listing for one entry; nil (with a warning) when it is priced only in another unit.
    private static func listing(key: String, fields: inout ListingFields, context: ImportContext) -> ModelListing? {
        let otherUnits = fields.object.keys.filter { key in
            fields.object[key]?.isNull == false && unit(of: key).map { $0 != "token" } == true
        }
        let hasTokenPrice = fields.value("input_cost_per_token") != nil || fields.value("output_cost_per_token") != nil
        if !hasTokenPrice, !otherUnits.isEmpty {
            var units: [String] = []
            for name in otherUnits.compactMap(unit(of:)) where !units.contains(name) { units.append(name) }
            let described = units.map { "per " + $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
            fields.warn(nil, "priced \(described), not per token (\(otherUnits.joined(separator: ", "))); skipped")
            return nil
        }
        let tiers = fields.object.keys.filter { $0.contains("_above_") && $0.contains("cost") }
        let provider = fields.string("litellm_provider")
        // Read in this order so warnings follow the fields as a reader meets them.
        let window = fields.count("max_input_tokens") ?? fields.count("max_tokens")
        let kinds = modalities(&fields)
        var listed = price(&fields, hasTokenPrice: hasTokenPrice, context: context)
        listed?.note = tiers.isEmpty ? nil : "lowest tier only; left out: \(tiers.joined(separator: ", "))"
        return ModelListing(
            sourceID: key, name: key, organization: provider.flatMap { developers[$0] }, provider: provider,
            context: window, modalities: kinds, price: listed,
            provenance: Provenance(source: context.sourceName, url: context.url, asOf: context.retrieved,
                                   retrieved: context.retrieved, status: .secondary))
    }

    /// `character` for `input_cost_per_character`, `token` for
    /// `input_cost_per_token_above_128k_tokens`; nil for fields that are not unit prices.
    private static func unit(of key: String) -> String? {
        guard let prefix = pricePrefixes.first(where: key.hasPrefix) else { return nil }
        var unit = key.dropFirst(prefix.count)
        if let tier = unit.range(of: "_above_") { unit = unit[..<tier.lowerBound] }
        return unit.isEmpty ? nil : String(unit)
    }

    private static func price(_ fields: inout ListingFields, hasTokenPrice: Bool, context: ImportContext) -> ListedPrice? {
        guard hasTokenPrice else {
            fields.warn(nil, "no input_cost_per_token or output_cost_per_token; listed without a price")
            return nil
        }
        guard let input = perMillion("input_cost_per_token", &fields),
              let output = perMillion("output_cost_per_token", &fields) else { return nil }
        var cached: Double?
        if fields.value("cache_read_input_token_cost") != nil {
            cached = perMillion("cache_read_input_token_cost", &fields)
        }
        return ListedPrice(input: input, output: output, cachedInput: cached, asOf: context.retrieved)
    }

    private static func perMillion(_ key: String, _ fields: inout ListingFields) -> Double? {
        guard fields.value(key) != nil else {
            fields.warn(key, "missing; listed without a price")
            return nil
        }
        guard let decimal = fields.decimal(key) else { return nil }
        guard !decimal.isNegative, let value = decimal.shifted(by: 6).doubleValue else {
            fields.warn(key, "\(decimal) is not a price")
            return nil
        }
        return value
    }

    /// `supported_modalities` and `supported_output_modalities` when given; otherwise text, plus
    /// image and audio where the `supports_vision` / `supports_audio_*` flags say so.
    private static func modalities(_ fields: inout ListingFields) -> [String] {
        var names = (fields.strings("supported_modalities") ?? []) + (fields.strings("supported_output_modalities") ?? [])
        if names.isEmpty {
            names = ["text"]
            if fields.object["supports_vision"]?.boolValue == true { names.append("image") }
            if fields.object["supports_audio_input"]?.boolValue == true || fields.object["supports_audio_output"]?.boolValue == true {
                names.append("audio")
            }
        }
        var seen: Set<String> = []
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
