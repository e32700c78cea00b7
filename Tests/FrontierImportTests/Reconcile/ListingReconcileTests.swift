@testable import FrontierCore
@testable import FrontierImport
import Testing

private typealias S = ImportSample

@Suite struct ListingReconcileTests {
    @Test func anUnmatchedListingBecomesAFlaggedModelUnderANewOrganization() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("x-ai/grok-3", "xAI: Grok 3", context: 131_072, price: S.price(3, 15, asOf: "2025-06-01")),
        ]))
        let organization = try #require(outcome.dataset.organizations.last)
        #expect(organization.id == "xai")
        #expect(organization.name == "xAI")
        #expect(organization.aliases == ["x-ai"])
        #expect(organization.notes.map(\.text) == [
            "Created by an import from OpenRouter (https://openrouter.ai/api/v1/models) on 2025-06-01: \"xAI\" matched no organization in the dataset.",
        ])
        let model = try #require(outcome.dataset.models.last)
        #expect(model.id == "grok-3")
        #expect(model.name == "Grok 3")
        #expect(model.org == "xai")
        #expect(model.aliases == ["x-ai/grok-3"])
        #expect(model.tags == ["unmatched"])
        #expect(model.context == 131_072)
        #expect(model.released == S.day("2025-06-01"))
        #expect(model.notes.map(\.about) == [nil, "released"])
        #expect(model.notes[0].text.contains("\"x-ai/grok-3\" matched no model in the dataset"))
        #expect(model.notes[1].text == "Not a release date: the day this model was first seen in OpenRouter.")
        #expect(model.provenance?.retrieved == S.day("2025-06-01"))
        #expect(outcome.dataset.prices.last?.id == "price-grok-3-xai-2025-06-01")
        #expect(outcome.newModels == ["grok-3"])
        #expect(outcome.added == [RecordRef(kind: .organization, id: "xai"), RecordRef(kind: .model, id: "grok-3"),
                                  RecordRef(kind: .price, id: "price-grok-3-xai-2025-06-01")])
        #expect(outcome.summary == "added 1 price, 1 model (unmatched), 1 organization")
        #expect(S.problems(outcome.dataset) == [])

        // The next day's import finds the model it created by the key.
        let next = S.apply(ImportBatch(listings: [
            S.listing("x-ai/grok-3", "xAI: Grok 3", context: 131_072, price: S.price(3, 15, asOf: "2025-06-02")),
        ]), to: outcome.dataset)
        #expect(next.dataset == outcome.dataset)
        #expect(next.newModels.isEmpty && next.unchanged == 1)
    }

    @Test func aNewModelUnderAKnownDeveloperKeepsItsReleaseDateAndTakesAFreeId() throws {
        // `Llama 3.1 405B+` slugs to the id of an existing model, which must not be reused.
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("Llama 3.1 405B+", organization: "Meta AI", released: "2024-07-23", parameters: 405e9),
            S.listing("Llama 3.1 8B", organization: "meta-llama", released: "2024-07-23"),
        ]))
        let models = outcome.dataset.models.suffix(2)
        #expect(models.map(\.id) == ["llama-3.1-405b-2", "llama-3.1-8b"])
        #expect(models.map(\.org) == ["meta", "meta"])
        #expect(models.map(\.released) == [S.day("2024-07-23"), S.day("2024-07-23")])
        // The key is kept as an alias even when it is the name: the next import finds it by the key.
        #expect(models.allSatisfy { $0.notes.count == 1 && $0.aliases == [$0.name] })
        #expect(models.first?.parameters?.total == 405e9)
        #expect(outcome.dataset.organizations == S.dataset.organizations)
        #expect(S.problems(outcome.dataset) == [])
    }

    @Test func aListingWithoutAnyDeveloperIsSkippedRatherThanInventingOne() {
        let outcome = S.apply(ImportBatch(listings: [S.listing("mystery-model")]))
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.skipped == [ImportWarning(place: "mystery-model",
                                                  reason: "matched no model and names no developer to create it under")])
    }

    @Test func ambiguousListingsAreReportedAndNotApplied() {
        let batch = ImportBatch(listings: [
            S.listing("meta-llama/llama-3.1-405b-instruct", "Meta: Llama 3.1 405B Instruct", context: 131_072,
                      price: S.price(0.8, 0.8, asOf: "2025-06-01")),
            S.listing("Llama 3.1", organization: "Meta", price: S.price(0.1, 0.1, asOf: "2025-06-01")),
        ], skipped: [ImportWarning(place: "data[7]", reason: "no pricing")])
        let outcome = S.apply(batch)
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.ambiguous == [
            AmbiguousMatch(name: "Meta: Llama 3.1 405B Instruct", sourceID: "meta-llama/llama-3.1-405b-instruct",
                           candidates: ["llama-3.1-405b"], why: .variant),
            AmbiguousMatch(name: "Llama 3.1", sourceID: "Llama 3.1", candidates: ["llama-3.1-405b", "llama-3.1-70b"]),
        ])
        #expect(outcome.ambiguous[1].reason == "the name answers to each")
        #expect(outcome.ambiguous[0].description
            == "\"Meta: Llama 3.1 405B Instruct\" (meta-llama/llama-3.1-405b-instruct) could be: llama-3.1-405b (a variant of the curated model, perhaps another model)")
        #expect(outcome.skipped == batch.skipped)
        #expect(outcome.unchanged == 0)
        #expect(outcome.summary == "skipped 1; 2 ambiguous")
    }

    @Test func aMatchedModelGainsContextAndParametersOnlyWhereItHasNone() throws {
        let epoch = Provenance(source: "Epoch AI", url: "https://epoch.ai/data/notable-ai-models", status: .secondary)
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("DeepSeek-V3", organization: "DeepSeek", context: 128_000, parameters: 671e9, provenance: epoch),
            S.listing("gpt-4o", organization: "OpenAI", context: 64_000, provenance: epoch),
            S.listing("Llama 3.1 405B", organization: "Meta AI", parameters: 400e9, provenance: epoch),
        ]))
        let v3 = try #require(outcome.dataset.models.first { $0.id == "deepseek-v3" })
        #expect(v3.context == 128_000)
        #expect(v3.parameters?.total == 671e9)
        #expect(v3.parameters?.active == 37e9)
        #expect(v3.parameters?.provenance?.source == "DeepSeek-V3 README")
        #expect(v3.notes.map(\.about) == ["context", "parameters.total"])
        #expect(v3.notes.allSatisfy { $0.provenance?.source == "Epoch AI" && $0.provenance?.retrieved == S.day("2025-06-01") })
        #expect(outcome.dataset.models.first { $0.id == "gpt-4o" }?.context == 128_000)
        #expect(outcome.dataset.models.first { $0.id == "llama-3.1-405b" }?.parameters?.total == 405e9)
        #expect(outcome.updated == [RecordRef(kind: .model, id: "deepseek-v3")])
        #expect(outcome.unchanged == 2)
        #expect(S.problems(outcome.dataset) == [])
    }

    @Test func anEpochEstimateBecomesOneTrainingRunPerModelAndSource() throws {
        let epoch = Provenance(source: "Epoch AI", url: "https://epoch.ai/data/notable-ai-models", asOf: S.day("2025-05-30"),
                               status: .secondary)
        let figures = ListedTraining(flop: 3.4e24, costUSD: 5.6e6, costBasis: "Cost from reported GPU-hours at cloud rates",
                                     gpuHours: 2.788e6, gpuType: "NVIDIA H800")
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("DeepSeek-V3", organization: "DeepSeek", released: "2024-12-26", training: figures, provenance: epoch),
        ]), context: ImportContext(sourceName: "Epoch AI", location: "notable_ai_models.csv", retrieved: S.day("2025-06-01")))
        let run = try #require(outcome.dataset.training.first)
        #expect(run == TrainingRun(id: "training-deepseek-v3-epoch-ai", model: "deepseek-v3", org: "deepseek",
                                   gpuHours: 2.788e6, gpuType: "NVIDIA H800", flop: 3.4e24, costUSD: 5.6e6, basis: .estimate,
                                   method: "Cost from reported GPU-hours at cloud rates",
                                   provenance: Provenance(source: "Epoch AI", url: "https://epoch.ai/data/notable-ai-models",
                                                          asOf: S.day("2025-05-30"), retrieved: S.day("2025-06-01"),
                                                          status: .secondary)))
        #expect(outcome.added == [RecordRef(kind: .training, id: "training-deepseek-v3-epoch-ai")])
        #expect(S.problems(outcome.dataset) == [])

        let same = S.apply(ImportBatch(listings: [
            S.listing("DeepSeek-V3", organization: "DeepSeek", training: figures, provenance: epoch),
        ]), to: outcome.dataset)
        #expect(same.dataset == outcome.dataset && same.unchanged == 1)

        var revised = figures
        revised.flop = 3.3e24
        let changed = S.apply(ImportBatch(listings: [
            S.listing("DeepSeek-V3", organization: "DeepSeek", training: revised, provenance: epoch),
        ]), to: outcome.dataset)
        #expect(changed.dataset.training.map(\.flop) == [3.3e24])
        #expect(changed.updated == [RecordRef(kind: .training, id: "training-deepseek-v3-epoch-ai")])
    }

    @Test func aListingWithNothingNewForItsModelChangesNothing() {
        let outcome = S.apply(ImportBatch(listings: [S.listing("openai/o1", "OpenAI: o1")]))
        #expect(outcome.dataset == S.dataset)
        #expect(outcome.unchanged == 1)
        #expect(outcome.summary == "1 unchanged")
    }

    @Test func provenanceReferencesTheDatasetCannotResolveAreDropped() throws {
        let provenance = Provenance(ref: "S99", url: "https://example.org", reportedBy: "nobody", status: .secondary)
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("openai/o1", price: S.price(15, 60, asOf: "2025-06-01"), provenance: provenance),
        ]))
        let stamped = try #require(outcome.dataset.prices.last?.provenance)
        #expect(stamped == Provenance(source: "OpenRouter", url: "https://example.org", asOf: S.day("2025-06-01"),
                                      retrieved: S.day("2025-06-01"), status: .secondary))
        #expect(S.problems(outcome.dataset) == [])
    }

    @Test func theSummaryCountsEachKindOnce() {
        let outcome = ImportOutcome(
            dataset: Dataset(),
            added: [RecordRef(kind: .model, id: "a"), RecordRef(kind: .news, id: "n1"), RecordRef(kind: .price, id: "p1"),
                    RecordRef(kind: .news, id: "n2"), RecordRef(kind: .news, id: "n3"), RecordRef(kind: .price, id: "p2")],
            updated: [RecordRef(kind: .price, id: "p0")], unchanged: 4,
            skipped: [ImportWarning(place: "item 2", reason: "no date"), ImportWarning(place: "item 5", reason: "no date")],
            ambiguous: [AmbiguousMatch(name: "x", sourceID: "x", candidates: ["a", "b"])], newModels: ["a"])
        #expect(outcome.summary == "added 3 news, 2 prices, 1 model (unmatched); updated 1 price; 4 unchanged; skipped 2; 1 ambiguous")
        #expect(ImportOutcome(dataset: Dataset()).summary == "nothing to import")
        #expect(RecordRef(kind: .training, id: "t").description == "training t")
    }

    /// Issue 12, point 4: a model this import created is no evidence about the entries after it.
    /// `gpt-5.2-chat` is a variant only of a model the dataset already had, so it gets its own
    /// model; the dated `gpt-5.2` is a snapshot, a version of GPT-5.2 whichever comes first.
    @Test(arguments: [false, true])
    func variantsOfAModelCreatedByTheSameImportAreNotAmbiguous(reversed: Bool) throws {
        var listings = [
            S.listing("openai/gpt-5.2", "OpenAI: GPT-5.2", price: S.price(1.75, 14, asOf: "2025-06-01")),
            S.listing("openai/gpt-5.2-chat", "OpenAI: GPT-5.2 Chat", price: S.price(1.75, 14, asOf: "2025-06-01")),
            S.listing("openai/gpt-5.2-2025-12-11", "OpenAI: GPT-5.2 (2025-12-11)", price: S.price(1.75, 14, asOf: "2025-06-01")),
        ]
        if reversed { listings.reverse() }
        let outcome = S.apply(ImportBatch(listings: listings))
        #expect(outcome.ambiguous == [])
        let created = Set(outcome.newModels)
        #expect(created == ["gpt-5.2", "gpt-5.2-chat"])
        #expect(outcome.dataset.models.first { $0.id == "gpt-5.2" }?.name == "GPT-5.2")
        #expect(outcome.dataset.prices.filter { created.contains($0.model) }.count == 2)
        #expect(S.problems(outcome.dataset).isEmpty)
        // The same entries again match what the first import made, and change nothing.
        let again = S.apply(ImportBatch(listings: listings), to: outcome.dataset)
        #expect(again.ambiguous == [])
        #expect(again.added == [])
        #expect(again.updated == [])
    }

    /// What the dataset held before the import still makes a variant ambiguous; a snapshot of
    /// it is that model.
    @Test func aVariantOfAModelTheDatasetAlreadyHadStaysAmbiguous() {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("openai/gpt-4o-preview", "OpenAI: GPT-4o Preview", price: S.price(2.5, 10, asOf: "2025-06-01")),
            S.listing("openai/gpt-4o-2024-11-20", "OpenAI: GPT-4o (2024-11-20)", price: S.price(2.5, 10, asOf: "2025-06-01")),
        ]))
        #expect(outcome.ambiguous.map(\.candidates) == [["gpt-4o"]])
        #expect(outcome.newModels.isEmpty)
    }

    /// A model an earlier import created (tagged `unmatched` in the file) is met by its names
    /// but never makes a similar name ambiguous, so the order of imports does not decide.
    @Test func aModelAnEarlierImportCreatedMakesNoNameAmbiguous() {
        let first = S.apply(ImportBatch(listings: [S.listing("openai/gpt-5.2", "OpenAI: GPT-5.2")]))
        let second = S.apply(ImportBatch(listings: [S.listing("openai/gpt-5.2-chat", "OpenAI: GPT-5.2 Chat")]), to: first.dataset)
        #expect(second.ambiguous.isEmpty)
        #expect(second.newModels == ["gpt-5.2-chat"])
    }

    /// A host's route (`cerebras/…` listed by the provider `cerebras`) is not the developer when
    /// the family names one: the model is Meta's Llama 3.1 70B, served by Cerebras.
    @Test func aHostsRouteIsNotTheDeveloperOfAModelOfAKnownFamily() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("cerebras/llama3.1-70b", provider: "cerebras", price: S.price(0.6, 0.6, asOf: "2025-06-01")),
        ]))
        #expect(outcome.newModels.isEmpty && outcome.ambiguous.isEmpty)
        let price = try #require(outcome.dataset.prices.last)
        #expect(price.model == "llama-3.1-70b")
        #expect(price.provider == "Cerebras")
        #expect(outcome.dataset.organizations == S.dataset.organizations)
    }

    /// A host's key that names no developer is created under its family's developer, and one
    /// of no known family is left out rather than matched to what other lists created.
    @Test func aHostsKeyIsCreditedToItsFamilysDeveloper() throws {
        let outcome = S.apply(ImportBatch(listings: [
            S.listing("azure/gpt-5.9-mini", provider: "azure", price: S.price(1, 2, asOf: "2025-06-01")),
            S.listing("azure_ai/jais-30b-chat", provider: "azure_ai", price: S.price(1, 2, asOf: "2025-06-01")),
        ]))
        let model = try #require(outcome.dataset.models.first { $0.id == "gpt-5.9-mini" })
        #expect(model.org == "openai")
        #expect(outcome.skipped.map(\.place) == ["azure_ai/jais-30b-chat"])
        let withJais = S.apply(ImportBatch(listings: [S.listing("inception/jais-30b-chat", "Jais 30B Chat", organization: "Inception")]),
                               to: outcome.dataset)
        let again = S.apply(ImportBatch(listings: [
            S.listing("azure_ai/jais-30b-chat", provider: "azure_ai", price: S.price(1, 2, asOf: "2025-06-01")),
        ]), to: withJais.dataset)
        #expect(again.added.isEmpty && again.updated.isEmpty)
    }
}
