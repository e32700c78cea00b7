@testable import FrontierCore
@testable import FrontierImport
import Testing
import TestSupport

/// The real price lists and feeds of the corpus (`../shared/corpus`), imported one after another
/// into the embedded dataset, leave one organization per developer and none for a host.
///
/// Issue 12, point 3: LiteLLM's `azure/…` and `bedrock/…`, OpenRouter's `~anthropic/…` and
/// models.dev's `accounts/fireworks/models/…` and `@cf/…` used to create organizations named
/// after the host, and `x-ai`, `xai`; `z-ai`, `zai`, `zai-org`; `minimax`, `minimaxai` became
/// an organization each.
@Suite struct CorpusOrganizationTests {
    @Test func noHostBecomesAnOrganizationAndEachDeveloperIsOne() throws {
        let dataset = try CorpusImport.everything.get()
        #expect(dataset.models.count > 1_000, "the corpus did not import")
        // A host that also makes a family of its own (Snowflake's Arctic) is that family's developer.
        let makers = Set(ModelFamilies.developers.map(\.developer))
        let hosts = dataset.organizations.filter { organization in
            (HostNames.isHost(organization.id) || HostNames.isHost(organization.name) || organization.name.hasPrefix("~"))
                && !makers.contains(organization.name)
        }
        #expect(hosts.map(\.id) == [])
        // One organization per spelling group: ids equal once `-`, `_` and `.` are dropped are one developer.
        var byBareID: [String: [String]] = [:]
        for organization in dataset.organizations {
            byBareID[organization.id.filter { $0.isLetter || $0.isNumber }, default: []].append(organization.id)
        }
        #expect(byBareID.values.filter { $0.count > 1 }.map { $0.sorted() } == [])
        for spelling in ["x-ai", "xai", "z-ai", "zai-org", "minimaxai", "bfl", "moonshotai"] {
            let owners = dataset.organizations.filter { organization in
                ([organization.id, organization.name] + organization.aliases).contains { $0.lowercased() == spelling }
            }
            #expect(owners.count == 1, "\(spelling) belongs to \(owners.map(\.id))")
        }
        #expect(ImportSample.problems(dataset).isEmpty)
    }

    @Test(arguments: [
        ("azure/command-r-plus", nil as String?),
        ("openrouter/anthropic/claude-3.5-sonnet", "anthropic"),
        ("~anthropic/claude-sonnet-latest", "anthropic"),
        ("accounts/fireworks/models/llama-v3p1-405b-instruct", nil),
        ("@cf/meta/llama-3.1-8b-instruct", "meta"),
        ("deepseek/deepseek-chat", "deepseek"),
        ("azure/eu/gpt-4o-mini-2024-07-18", nil),
        ("bedrock/us-gov-west-1/anthropic.claude-3-haiku", nil),
    ])
    func theDeveloperOfAKeyIsNeverItsHost(key: String, developer: String?) {
        #expect(ListingName.pathPrefix(key) == developer)
    }
}
