@testable import FrontierCore
@testable import FrontierImport
import Testing

private let matcher = ModelMatcher(organizations: ImportSample.dataset.organizations, models: ImportSample.dataset.models)

private func match(_ sourceID: String, _ name: String?, _ organization: String?) -> ModelMatcher.Match {
    matcher.match(ImportSample.listing(sourceID, name, organization: organization))
}

@Suite struct ModelMatcherTests {
    /// Names as OpenRouter, LiteLLM, models.dev, Hugging Face and Epoch spell them.
    @Test(arguments: [
        // Exact, ignoring case, with and without prefixes.
        ("openai/o1", "OpenAI: o1", nil, .matched("o1")),
        ("openai/o1-mini", "OpenAI: o1-mini", nil, .matched("o1-mini")),
        ("openai/o1-preview", "OpenAI: o1-preview", nil, .matched("o1-preview")),
        ("o1-2024-12-17", nil, "openai", .matched("o1")),
        ("DEEPSEEK-R1", nil, nil, .matched("deepseek-r1")),
        ("deepseek/deepseek-chat", "DeepSeek: DeepSeek V3", nil, .matched("deepseek-v3")),
        ("deepseek/deepseek-chat-v3-0324", "DeepSeek: DeepSeek V3 0324", nil, .matched("deepseek-v3-0324")),
        ("DeepSeek-V3-0324", nil, "DeepSeek", .matched("deepseek-v3-0324")),
        ("deepseek-ai/DeepSeek-V3", nil, nil, .matched("deepseek-v3")),
        ("gpt-4o", "GPT-4o", "openai", .matched("gpt-4o")),
        ("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", nil, .matched("gpt-4o-mini")),
        ("gpt-4o-2024-08-06", nil, "openai", .matched("gpt-4o")),
        ("Llama 3.1 405B", nil, "Meta AI", .matched("llama-3.1-405b")),
        ("anthropic/claude-3.5-sonnet", "Anthropic: Claude 3.5 Sonnet", nil, .matched("claude-3.5-sonnet")),
        ("Qwen/Qwen2.5-72B", nil, nil, .matched("qwen2.5-72b")),
        ("google/gemini-pro-1.5", "Google: Gemini 1.5 Pro", nil, .matched("gemini-1.5-pro")),
        ("gemini-1.5-pro", nil, "google", .matched("gemini-1.5-pro")),
        // Normalized: case, `_`, `.` between letters, and the developer's name in front.
        ("deepseek_v3", nil, nil, .matched("deepseek-v3")),
        ("DeepSeek.V3", nil, nil, .matched("deepseek-v3")),
        ("Meta Llama 3.1 405B", nil, nil, .matched("llama-3.1-405b")),
        ("meta-llama/Meta-Llama-3.1-70B", nil, nil, .matched("llama-3.1-70b")),
        // A variant of a model the dataset has, but not that model: ambiguous, never merged.
        ("meta-llama/llama-3.1-405b-instruct", "Meta: Llama 3.1 405B Instruct", nil, .ambiguous(["llama-3.1-405b"], why: .variant)),
        // Both DeepSeek-V3 snapshots are candidates: the family name is all the listing shares with them.
        ("deepseek-ai/DeepSeek-V3-Base", nil, nil, .ambiguous(["deepseek-v3", "deepseek-v3-0324"], why: .variant)),
        ("Claude 3.5 Sonnet (new)", nil, "Anthropic", .ambiguous(["claude-3.5-sonnet"], why: .variant)),
        ("Qwen2.5-72B-Instruct", nil, "Qwen", .ambiguous(["qwen2.5-72b"], why: .variant)),
        ("qwen/qwen-2.5-72b-instruct", "Qwen2.5 72B Instruct", nil, .ambiguous(["qwen2.5-72b"], why: .variant)),
        // A snapshot (a date stamp, a snapshot number, `latest`, `:free`, `@date`, Bedrock's
        // `vendor.model-v1:0`) is a version of the one model its name leaves without the mark.
        ("openai/gpt-4o-2024-11-20", "OpenAI: GPT-4o (2024-11-20)", nil, .matched("gpt-4o")),
        ("openai/gpt-4o:free", "OpenAI: GPT-4o (free)", nil, .matched("gpt-4o")),
        ("deepseek/deepseek-r1:free", "DeepSeek: R1 (free)", nil, .matched("deepseek-r1")),
        ("claude-3-5-sonnet-20241022", nil, "anthropic", .matched("claude-3.5-sonnet")),
        ("claude-3-5-sonnet@20240620", nil, nil, .matched("claude-3.5-sonnet")),
        ("us.anthropic.claude-3-5-sonnet-20240620-v1:0", nil, nil, .matched("claude-3.5-sonnet")),
        ("bedrock/eu-west-3/anthropic.claude-3-5-sonnet-20240620-v2:0", nil, nil, .matched("claude-3.5-sonnet")),
        ("gemini-1.5-pro-002", nil, "google", .matched("gemini-1.5-pro")),
        ("openai/o1-2025-01-31", nil, nil, .matched("o1")),
        ("gpt-4o-latest", nil, "openai", .matched("gpt-4o")),
        ("llama3.1-405b", nil, "meta", .matched("llama-3.1-405b")),
        // Two models answer to the name.
        ("Llama 3.1", nil, "Meta", .ambiguous(["llama-3.1-405b", "llama-3.1-70b"])),
        ("Meta Llama 3.1", nil, nil, .ambiguous(["llama-3.1-405b", "llama-3.1-70b"])),
        // Different models, even when the name contains a known one.
        ("openai/o1-pro", "OpenAI: o1-pro", nil, .unmatched),
        ("openai/o3-mini", "OpenAI: o3 Mini", nil, .unmatched),
        ("deepseek/deepseek-chat-v3.1", "DeepSeek: DeepSeek V3.1", nil, .unmatched),
        ("Llama 3.1 8B", nil, "Meta AI", .unmatched),
        ("mistralai/mistral-large-2407", "Mistral: Mistral Large 2407", "mistralai", .unmatched),
    ] as [(String, String?, String?, ModelMatcher.Match)])
    func listingsMatchOnlyTheModelTheyName(sourceID: String, name: String?, organization: String?,
                                            expected: ModelMatcher.Match) {
        #expect(match(sourceID, name, organization) == expected)
    }

    @Test func aModelCreatedDuringAnImportIsMatchedByTheKeyItWasCreatedFrom() {
        var matcher = matcher
        let listing = ImportSample.listing("openai/o1-pro", "OpenAI: o1-pro")
        #expect(matcher.match(listing) == .unmatched)
        matcher.add(Model(id: "o1-pro", name: "o1-pro", org: "openai", aliases: ["openai/o1-pro"],
                          released: ImportSample.day("2025-03-19")))
        #expect(matcher.match(listing) == .matched("o1-pro"))
        #expect(matcher.match(ImportSample.listing("openai/o1")) == .matched("o1"))
    }

    @Test(arguments: [
        ("Meta AI", OrganizationMatcher.Match.matched("meta")),
        ("meta-llama", .matched("meta")),
        ("DEEPSEEK", .matched("deepseek")),
        ("deepseek_ai", .matched("deepseek")),
        ("Google", .matched("google")),
        ("xAI", .unmatched),
        ("", .unmatched),
    ])
    func organizationsMatchByIdNameAndAlias(name: String, expected: OrganizationMatcher.Match) {
        #expect(OrganizationMatcher(ImportSample.dataset.organizations).match(name) == expected)
    }

    @Test func anAliasTwoOrganizationsShareIsAmbiguous() {
        let matcher = OrganizationMatcher([
            Organization(id: "meta", name: "Meta", aliases: ["FAIR"]),
            Organization(id: "fair-foundation", name: "Fair Foundation", aliases: ["FAIR"]),
        ])
        #expect(matcher.match("fair") == .ambiguous(["fair-foundation", "meta"]))
    }

    @Test(arguments: [
        ("Llama-3.1-405B_Instruct", "llama 3.1 405b instruct"),
        ("DeepSeek.V3", "deepseek v 3"),
        ("GPT-4.5 (preview)", "gpt 4.5 preview"),
        ("  deepseek-ai / DeepSeek--V3 ", "deepseek ai deepseek v 3"),
        // A version glued to its word is a word of its own, so both spellings meet.
        ("llama3.1-405b", "llama 3.1 405b"),
        ("Llama 3.1 405B", "llama 3.1 405b"),
        ("gpt4o", "gpt 4o"),
        ("anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic claude 3 5 sonnet 20240620 v 1 0"),
    ])
    func normalizingUnifiesSeparatorsButKeepsVersionDots(text: String, expected: String) {
        #expect(NameKey.normalized(text) == expected)
    }

    @Test(arguments: [
        ("qwen2.5 72b instruct", "qwen2.5 72b"),
        ("gpt 4o 2024 08 06", "gpt 4o"),
        ("deepseek v3 0324", "deepseek v3"),
        ("gemini 1.5 pro 002", "gemini 1.5 pro"),
        ("gpt 4o mini", "gpt 4o mini"),
        ("llama 3.1 405b", "llama 3.1 405b"),
        ("chat", "chat"),
    ])
    func variantSuffixesAreDateStampsAndReleaseChannelsNotSizes(key: String, expected: String) {
        #expect(NameKey.withoutVariantSuffix(key) == expected)
    }

    /// Keys one model is listed under, by hosts that spell it their own way, share one
    /// canonical form; keys of other models do not.
    @Test(arguments: [
        ("glm-5p1", "glm 5.1"),
        ("glm-5.1", "glm 5.1"),
        ("kimi-k2p6", "kimi k 2.6"),
        ("kimi-k2.6", "kimi k 2.6"),
        ("claude-opus-4-6@default", "claude opus 4.6"),
        ("claude-opus-4-6-v1", "claude opus 4.6"),
        ("claude-opus-4.6", "claude opus 4.6"),
        ("claude-3-5-haiku-20241022-v1:0", "claude 3.5 haiku"),
        ("qwen3-32b-fp8", "qwen 3 32b"),
        ("qwen-3-32b", "qwen 3 32b"),
        ("gpt-oss-120b-maas", "gpt oss 120b"),
        ("llama-3.3-70b-instruct-fp8-dynamic", "llama 3.3 70b instruct"),
        ("llama-v3p1-8b-instruct", "llama 3.1 8b instruct"),
        ("deepseek-v3.2", "deepseek 3.2"),
        ("deepseek-v3-2-251201", "deepseek 3.2"),
        ("o3-2025-04-16", "o 3"),
        ("DeepSeek-V3.2-NVFP4", "deepseek 3.2"),
        // Other models keep what makes them other: instruct, sizes, tiers.
        ("qwen3-32b-instruct", "qwen 3 32b instruct"),
        ("glm-5p1-fast", "glm 5.1 fast"),
        ("o1-mini", "o 1 mini"),
    ])
    func canonicalFormsMeetAcrossHostsSpellings(key: String, expected: String) {
        #expect(NameKey.canonical(key) == expected)
    }

    @Test(arguments: [
        ("databricks claude opus 4.6", "claude opus 4.6"),
        ("anthropic claude 3.5 haiku", "claude 3.5 haiku"),
        ("moonshot kimi k 2", "kimi k 2"),
        ("nvidia nemotron 3 super", "nemotron 3 super"),
        ("zai org glm 5.2", "glm 5.2"),
        // No family follows, or the word is not a developer's: kept.
        ("open mistral 7b", "open mistral 7b"),
        ("mistral large", "mistral large"),
        ("code llama 7b", "code llama 7b"),
    ])
    func aHostOrDeveloperBeforeAFamilyIsDropped(key: String, expected: String) {
        #expect(ModelFamilies.withoutLeadingOwner(key) == expected)
    }

    @Test(arguments: [
        ("llama-3.3-70b", "Meta"),
        ("llama-3.3-nemotron-super-49b", "NVIDIA"),
        ("mistral-7b-hermes", "Nous Research"),
        ("deepseek-r1-distill-llama-70b", "DeepSeek"),
        ("qwen3-coder-480b", "Alibaba"),
        ("o1-pro", "OpenAI"),
    ])
    func aFineTuneNamedAfterItsBaseIsItsMakers(name: String, developer: String) {
        #expect(ModelFamilies.developer(of: name) == developer)
    }

    @Test func theBestNameOfACreatedModelIsTheSameInAnyOrder() {
        let names = ["qwen3-32b", "Qwen3 32B", "Qwen3-32B", "Qwen3 32B Instruct"]
        func best(_ names: [String]) -> String {
            names.dropFirst().reduce(names[0]) { ListingName.preferredName($1, over: $0) ? $1 : $0 }
        }
        #expect(best(names) == "Qwen3 32B")
        #expect(best(names.reversed()) == "Qwen3 32B")
    }

    /// A model an import created is met by the canonical form of its keys alone: a display name
    /// it shares with another key (models.dev names `qwen/qwen3-32b-fp8` "Qwen3 32B") never
    /// joins a model of another key, which one order of imports would and the other not.
    @Test func aCreatedModelIsMetByItsKeysCanonicalFormNotByDisplayName() {
        var matcher = matcher
        matcher.add(Model(id: "glm-5.1", name: "GLM 5.1", org: "zai", aliases: ["zai-org/glm-5.1"],
                          released: ImportSample.day("2026-03-27"), tags: [ModelMatcher.createdTag]))
        #expect(matcher.match(ImportSample.listing("fireworks_ai/accounts/fireworks/models/glm-5p1", "glm-5p1")) == .matched("glm-5.1"))
        #expect(matcher.match(ImportSample.listing("zai/glm-5.1-fast", "GLM 5.1")) == .unmatched)
    }
}
