import FrontierCore

/// Reads models.dev's `api.json` (providers, each with its models) into listings.
///
/// Costs there are already USD per 1M tokens, as JSON numbers; each is read back from the
/// shortest text of its `Double`, so `1.10` stays exactly 1.1 and no arithmetic touches it.
/// Release dates may be `YYYY-MM`: the first of the month stands in and the provenance note says
/// "release month only". The file is community-edited and grows new fields (`tool_call` became
/// an object in places), so unknown fields are ignored and a field of the wrong type costs only
/// that field, with a warning at `provider/models/model/field`.
public enum ModelsDevImporter {
    /// Providers that are the developer of the models they serve, so their name is the
    /// organization; on hosts and routers (Groq, Together, OpenRouter, Bedrock) it is not.
    static let firstPartyProviders: Set<String> = [
        "openai", "anthropic", "google", "deepseek", "mistral", "xai", "alibaba", "alibaba-cn",
        "moonshotai", "moonshotai-cn", "zhipuai", "zai", "minimax", "cohere", "perplexity",
        "inception", "upstage",
    ]

    public static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        let root = try ListingJSON.parse(bytes, context: context)
        guard let providers = root.objectValue else {
            throw ListingJSON.wrongRoot(root, expected: "an object of providers (models.dev api.json)", context: context)
        }
        var batch = ImportBatch()
        for provider in providers.members {
            guard let providerObject = provider.value.objectValue else {
                batch.skipped.append(ImportWarning(place: provider.key,
                                                   reason: "expected a provider object, got \(ListingJSON.describe(provider.value))"))
                continue
            }
            var providerFields = ListingFields(providerObject) { field, reason in
                ImportWarning(place: provider.key + (field.map { "/\($0)" } ?? ""), reason: reason)
            }
            let providerName = providerFields.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? provider.key
            let models = providerFields.object("models")
            if models == nil, providerFields.value("models") == nil { providerFields.warn(nil, "no models") }
            batch.skipped += providerFields.warnings
            for model in models?.members ?? [] {
                let place = "\(provider.key)/models/\(model.key)"
                guard let modelObject = model.value.objectValue else {
                    batch.skipped.append(ImportWarning(place: place, reason: "expected an object, got \(ListingJSON.describe(model.value))"))
                    continue
                }
                var fields = ListingFields(modelObject) { field, reason in
                    ImportWarning(place: place + (field.map { "/\($0)" } ?? ""), reason: reason)
                }
                let organization = firstPartyProviders.contains(provider.key) ? providerName : developerPrefix(of: model.key)
                batch.listings.append(listing(key: model.key, provider: provider.key, organization: organization,
                                              fields: &fields, context: context))
                batch.skipped += fields.warnings
            }
        }
        return batch
    }

    private static func listing(key: String, provider: String, organization: String?,
                                fields: inout ListingFields, context: ImportContext) -> ModelListing {
        var released: PartialDate?
        if let text = fields.string("release_date") {
            released = PartialDate(text)
            if released == nil { fields.warn("release_date", "expected a date YYYY-MM-DD or YYYY-MM, got \(JSONWriter.quoted(text, limit: 60))") }
        }
        let modalities = (fields.strings("modalities.input") ?? []) + (fields.strings("modalities.output") ?? [])
        var seen: Set<String> = []
        return ModelListing(
            sourceID: key, name: fields.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? key,
            organization: organization, provider: provider, released: released?.day,
            context: fields.count("limit.context"),
            modalities: modalities.filter { !$0.isEmpty && seen.insert($0).inserted },
            outputModalities: fields.strings("modalities.output") ?? [],
            price: price(&fields, context: context),
            provenance: Provenance(source: context.sourceName, url: context.url, asOf: context.retrieved,
                                   retrieved: context.retrieved, status: .secondary,
                                   note: released?.note(for: "release")))
    }

    /// Input and output cost make a price; a model without a `cost` is simply unpriced.
    private static func price(_ fields: inout ListingFields, context: ImportContext) -> ListedPrice? {
        guard fields.object("cost") != nil else { return nil }
        guard let input = cost("cost.input", &fields, required: true),
              let output = cost("cost.output", &fields, required: true) else { return nil }
        return ListedPrice(input: input, output: output, cachedInput: cost("cost.cache_read", &fields, required: false),
                           asOf: context.retrieved)
    }

    private static func cost(_ path: String, _ fields: inout ListingFields, required: Bool) -> Double? {
        guard fields.value(path) != nil else {
            if required { fields.warn(path, "missing; listed without a price") }
            return nil
        }
        guard let decimal = fields.decimal(path) else { return nil }
        guard !decimal.isNegative, let value = decimal.doubleValue else {
            fields.warn(path, "\(decimal) is not a price")
            return nil
        }
        return value
    }

    /// On hosts, a model key of the form `developer/model` names its developer.
    private static func developerPrefix(of key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return String(parts[0])
    }
}
