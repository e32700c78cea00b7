import FrontierCore

/// Reads OpenRouter's model list (`GET /api/v1/models`) into listings with prices per 1M tokens.
///
/// OpenRouter quotes USD per token as decimal strings (`"0.00000049"`); the decimal point is
/// moved six places in the text (`DecimalText`), so `0.49` arrives exactly as written. A price of
/// `"-1"` is OpenRouter's mark for a variable price (routers such as `openrouter/auto`): such a
/// model, and one without prompt or completion prices, is listed without a price and a warning
/// says why. `"0"` is a real price: the model is free.
public enum OpenRouterImporter {
    public static func parse(_ bytes: [UInt8], context: ImportContext) throws(ImportError) -> ImportBatch {
        let root = try ListingJSON.parse(bytes, context: context)
        guard let rootObject = root.objectValue else {
            throw ListingJSON.wrongRoot(root, expected: "an object with a \"data\" array of models", context: context)
        }
        guard let data = rootObject["data"] else {
            throw ImportError(place: ListingJSON.place(of: root.position, in: context),
                              message: "no \"data\" array of models (is this OpenRouter's /api/v1/models?)")
        }
        guard let entries = data.arrayValue else {
            throw ListingJSON.wrongRoot(data, expected: "\"data\" to be an array of models", context: context)
        }
        var batch = ImportBatch()
        for (index, entry) in entries.enumerated() {
            guard let object = entry.objectValue else {
                batch.skipped.append(ImportWarning(place: "data[\(index)]", reason: "expected an object, got \(ListingJSON.describe(entry))"))
                continue
            }
            guard let id = object["id"]?.stringValue, !id.isEmpty else {
                batch.skipped.append(ImportWarning(place: "data[\(index)]", reason: "no id"))
                continue
            }
            let place = "data[\(index)] (\(id))"
            var fields = ListingFields(object) { field, reason in
                ImportWarning(place: place, reason: field.map { "\($0): \(reason)" } ?? reason)
            }
            batch.listings.append(listing(id: id, fields: &fields, context: context))
            batch.skipped += fields.warnings
        }
        return batch
    }

    private static func listing(id: String, fields: inout ListingFields, context: ImportContext) -> ModelListing {
        var notes: [String] = []
        let released = releaseDay(&fields)
        if released != nil { notes.append("released is the day OpenRouter listed the model") }
        var priceNotes: [String] = []
        var price = price(&fields, context: context, notes: &priceNotes)
        price?.note = priceNotes.isEmpty ? nil : priceNotes.joined(separator: "; ")
        let slash = id.firstIndex(of: "/")
        let organization = slash.map { String(id[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 }
        let name = fields.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? id
        return ModelListing(
            sourceID: id, name: name, organization: organization, provider: "openrouter",
            released: released, context: fields.count("context_length"), modalities: modalities(&fields),
            outputModalities: fields.strings("architecture.output_modalities") ?? [],
            price: price,
            provenance: Provenance(source: context.sourceName, url: context.url, asOf: context.retrieved,
                                   retrieved: context.retrieved, status: .secondary,
                                   note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }

    /// `created` is Unix seconds; the dataset keeps the UTC day.
    private static func releaseDay(_ fields: inout ListingFields) -> DayDate? {
        guard let value = fields.value("created") else { return nil }
        guard let seconds = value.numberValue?.intValue, seconds > 0, let day = DayDate(unixSeconds: seconds) else {
            fields.warn("created", "expected Unix seconds, got \(ListingJSON.describe(value))")
            return nil
        }
        return day
    }

    private static func price(_ fields: inout ListingFields, context: ImportContext, notes: inout [String]) -> ListedPrice? {
        guard fields.object("pricing") != nil else {
            if fields.value("pricing") == nil { fields.warn(nil, "no pricing; listed without a price") }
            return nil
        }
        guard let input = perMillion("prompt", &fields), let output = perMillion("completion", &fields) else { return nil }
        var cached: Double?
        if let decimal = fields.decimal("pricing.input_cache_read") {
            if decimal.isNegative {
                fields.warn("pricing.input_cache_read", "\"\(decimal)\" is not a price; left out")
            } else {
                cached = decimal.shifted(by: 6).doubleValue
            }
        }
        if let request = fields.decimal("pricing.request"), !request.isZero, !request.isNegative {
            notes.append("plus $\(request) per request")
        }
        return ListedPrice(input: input, output: output, cachedInput: cached, asOf: context.retrieved)
    }

    /// A per-token price field as USD per 1M tokens; nil (with a warning) when absent, variable
    /// or unreadable.
    private static func perMillion(_ key: String, _ fields: inout ListingFields) -> Double? {
        let path = "pricing.\(key)"
        guard let raw = fields.value(path) else {
            fields.warn(path, "missing; listed without a price")
            return nil
        }
        guard let decimal = fields.decimal(path) else { return nil }
        if decimal.isNegative {
            fields.warn(path, "\(ListingJSON.describe(raw)) is a variable price; listed without a price")
            return nil
        }
        guard let value = decimal.shifted(by: 6).doubleValue else {
            fields.warn(path, "\(ListingJSON.describe(raw)) is out of range; listed without a price")
            return nil
        }
        return value
    }

    /// Input then output modalities without repeats; from `modality` (`text+image->text`) when
    /// the lists are absent.
    private static func modalities(_ fields: inout ListingFields) -> [String] {
        var names = (fields.strings("architecture.input_modalities") ?? []) + (fields.strings("architecture.output_modalities") ?? [])
        if names.isEmpty, let modality = fields.string("architecture.modality") {
            names = modality.split(separator: "->").flatMap { $0.split(separator: "+") }.map(String.init)
        }
        var seen: Set<String> = []
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
