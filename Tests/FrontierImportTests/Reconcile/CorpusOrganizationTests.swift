import Foundation
@testable import FrontierCore
@testable import FrontierImport
import FrontierResources
import TestSupport
import Testing

/// The real price lists of the corpus (`../shared/corpus/listings`), imported one after another
/// into the embedded dataset, leave one organization per developer and none for a host.
///
/// Issue 12, point 3: LiteLLM's `azure/…` and `bedrock/…`, OpenRouter's `~anthropic/…` and
/// models.dev's `accounts/fireworks/models/…` and `@cf/…` used to create organizations named
/// after the host, and `x-ai`, `xai`; `z-ai`, `zai`, `zai-org`; `minimax`, `minimaxai` became
/// an organization each.
@Suite struct CorpusOrganizationTests {
    static let listings = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/listings")

    static func imported() throws -> Dataset {
        var dataset = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset
        let files: [(ImportKind, String)] = [
            (.litellm, "litellm-prices-2026-08.json"), (.openrouter, "openrouter-models-2026.json"),
            (.modelsdev, "modelsdev-api-2026.json"),
        ]
        for (kind, file) in files {
            let path = listings.appendingPathComponent(file).path
            // The corpus is beside the repository on every machine that runs the tests, CI included.
            let bytes = try #require(FileManager.default.contents(atPath: path), "missing corpus file \(path)")
            let context = ImportContext(sourceName: file, location: path, retrieved: DayDate("2026-12-04")!)
            let batch = try kind.parse(Array(bytes), context: context)
            dataset = ImportReconciler(dataset: dataset).apply(batch, context: context).dataset
        }
        return dataset
    }

    @Test func noHostBecomesAnOrganizationAndEachDeveloperIsOne() throws {
        let dataset = try Self.imported()
        #expect(dataset.models.count > 1_000, "the corpus did not import")
        let hosts = dataset.organizations.filter { organization in
            HostNames.isHost(organization.id) || HostNames.isHost(organization.name) || organization.name.hasPrefix("~")
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
