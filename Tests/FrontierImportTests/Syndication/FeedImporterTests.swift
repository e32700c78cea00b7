@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

private let retrieved = DayDate(year: 2025, month: 2, day: 10)!

private func day(_ text: String) -> DayDate {
    DayDate(text)!
}

private func importFixture(_ name: String, location: String? = nil) throws -> ImportBatch {
    let context = ImportContext(sourceName: "Given name", location: location ?? "feeds/\(name)", retrieved: retrieved)
    return try FeedImporter.parse(try Fixtures.bytes("import/feeds/\(name)"), context: context)
}

private func news(_ headline: String, url: String?, guid: String?, date: String, summary: String? = nil,
                  approximate: Bool = false, note: String? = nil, publisher: String) -> ImportedNews {
    ImportedNews(guid: guid, url: url, headline: headline, summary: summary, date: day(date), approximate: approximate,
                 publisher: publisher,
                 provenance: Provenance(source: publisher, url: url, asOf: day(date), retrieved: retrieved,
                                        status: .secondary, note: note))
}

@Suite struct FeedImporterTests {
    @Test func readsEveryItemOfTheRSS2FixtureAndSaysWhyItSkippedTheRest() throws {
        let batch = try importFixture("rss2.xml")
        let publisher = "AI Wire & Friends"
        let qwenSummary = "Alibaba's Qwen team says Qwen2.5-Max beats DeepSeek-V3 on Arena-Hard, LiveBench, "
            + "LiveCodeBench and GPQA-Diamond. The model is a large mixture-of-experts pretrained on over 20 trillion "
            + "tokens and post-trained with supervised fine-tuning and reinforcement learning from human feedback. It "
            + "is available through Alibaba Cloud's API under the name qwen-max-2025-01-25, and can be tried in Qwen "
            + "Chat. The…"
        #expect(batch.news == [
            news("DeepSeek releases R1, an open reasoning model",
                 url: "https://news.example.com/ai/2025/01/deepseek-r1", guid: "ai-wire-1001", date: "2025-01-20",
                 summary: "DeepSeek’s R1 matches OpenAI o1 on math and code. The weights are MIT-licensed.",
                 publisher: publisher),
            news("Meta ships Llama 3.1 405B — the largest open model yet",
                 url: "https://news.example.com/ai/2024/07/llama-3-1-405b", guid: "ai-wire-1002", date: "2024-07-23",
                 summary: "Meta's biggest model has 405B parameters and a 128K context.", publisher: publisher),
            // 20:00 PDT is 03:00 the next day in UTC.
            news("OpenAI o1 ’thinks’ before it answers",
                 url: "https://news.example.com/ai/2024/09/openai-o1#comments", guid: "ai-wire-1003", date: "2024-09-13",
                 publisher: publisher),
            // No date at all (RSS makes pubDate optional): kept, dated the day of the import, approximate.
            news("Anthropic releases Claude 3.5 Sonnet",
                 url: "https://news.example.com/ai/2024/06/claude-3-5-sonnet", guid: "ai-wire-1004", date: "2025-02-10",
                 summary: "No date on this one.", approximate: true,
                 note: "No date in the feed, nor for the feed: the day it was read stands in.", publisher: publisher),
            // Item 1's GUID again, a week later, on another page: another entry.
            news("DeepSeek R1 tops the app store",
                 url: "https://news.example.com/ai/2025/01/deepseek-r1-app", guid: "ai-wire-1001 2025-01-27",
                 date: "2025-01-27", publisher: publisher),
            // Item 3's page without the fragment, under its own GUID: another entry.
            news("OpenAI o1: the reasoning model, explained",
                 url: "https://news.example.com/ai/2024/09/openai-o1", guid: "ai-wire-1006", date: "2024-09-13",
                 publisher: publisher),
            news("Google announces Gemini 2.0 Flash",
                 url: "https://news.example.com/ai/2024/12/gemini-2-0-flash",
                 guid: "https://news.example.com/ai/2024/12/gemini-2-0-flash", date: "2024-12-05", publisher: publisher),
            news("DeepSeek-V3: 671B parameters, 37B active",
                 url: "https://news.example.com/ai/2024/12/deepseek-v3", guid: "ai-wire-1009", date: "2024-12-26",
                 summary: "DeepSeek trained V3 on 14.8T tokens with 2.788M H800 GPU hours. MoE MLA", publisher: publisher),
            news("Qwen2.5-Max takes on DeepSeek-V3",
                 url: "https://news.example.com/ai/2025/01/qwen2-5-max", guid: "ai-wire-1010", date: "2025-01-29",
                 summary: qwenSummary, publisher: publisher),
        ])
        #expect(batch.skipped.map(\.description) == [
            #"item 7 "Mistral Large 2 is out": no usable date ("yesterday")"#,
        ])
        #expect(batch.listings.isEmpty)
        // Cut at the last word that fits in 400 characters with the ellipsis.
        #expect(qwenSummary.count == 399)
    }

    @Test func readsRSS1ItemsBesideTheChannelWithDublinCoreDates() throws {
        let batch = try importFixture("rss1.xml")
        let publisher = "Model Research Digest"
        #expect(batch.news == [
            news("Llama 3.3 70B matches Llama 3.1 405B on most benchmarks",
                 url: "https://research.example.org/posts/llama-3-3-70b",
                 guid: "https://research.example.org/posts/llama-3-3-70b", date: "2024-12-06",
                 summary: "Meta’s new 70B model costs a fraction to serve.", publisher: publisher),
            // No link: rdf:about stands in.
            news("Qwen releases QwQ-32B-Preview, a reasoning model",
                 url: "https://research.example.org/posts/qwq-32b-preview",
                 guid: "https://research.example.org/posts/qwq-32b-preview", date: "2024-11-28", publisher: publisher),
            news("Claude 3.7 Sonnet adds extended thinking",
                 url: "https://research.example.org/posts/claude-3-7-sonnet",
                 guid: "https://research.example.org/posts/claude-3-7-sonnet", date: "2025-02-25", publisher: publisher),
            news("OpenAI previews GPT-4.5",
                 url: "https://research.example.org/posts/gpt-4-5",
                 guid: "https://research.example.org/posts/gpt-4-5", date: "2025-02-27", publisher: publisher),
        ])
        #expect(batch.skipped.isEmpty)
    }

    @Test func readsAtomWithBasesTextTypesAndUpdatedOnlyEntries() throws {
        let batch = try importFixture("atom.xml")
        let publisher = "Example Labs Blog"
        #expect(batch.news == [
            news("OpenAI o3-mini now available",
                 url: "https://labs.example.ai/blog/o3-mini", guid: "tag:labs.example.ai,2025:o3-mini",
                 date: "2025-02-01", summary: "A smaller reasoning model… with three effort levels.", publisher: publisher),
            news("Claude 3.5 Sonnet tops coding evals",
                 url: "https://labs.example.ai/research/claude-3-5-sonnet#results",
                 guid: "tag:labs.example.ai,2024:claude-3-5-sonnet", date: "2024-06-20",
                 summary: "Anthropic’s new model beats Claude 3 Opus. Available today.", publisher: publisher),
            news(#"Why "<think>" tags matter for o1-style models"#,
                 url: "https://labs.example.ai/blog/think-tags", guid: "tag:labs.example.ai,2025:think-tags",
                 date: "2025-01-28", summary: "Models such as DeepSeek R1 wrap reasoning in <think> tags.",
                 publisher: publisher),
            // Entry 1's link under another id: another entry.
            news("o3-mini, again", url: "https://labs.example.ai/blog/o3-mini", guid: "tag:labs.example.ai,2025:o3-mini-repost",
                 date: "2025-02-01", publisher: publisher),
        ])
        #expect(batch.skipped.map(\.description) == [
            #"entry 3 "Gemini 1.5 Pro gets a 2M-token context": no usable date (no published or updated)"#,
        ])
    }
}
