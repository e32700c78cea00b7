@testable import FrontierCore
@testable import FrontierImport
import FrontierResources
import Testing
import TestSupport

/// The real lab feeds and price lists imported together, in process, into the built-in dataset:
/// news keeps every release, and linking stays specific.
@Suite struct CorpusNewsTests {
    @Test func noOrganizationIsLinkedToMoreThanAQuarterOfTheNews() throws {
        let dataset = try CorpusImport.everything.get()
        let imported = dataset.news.filter { $0.tags.contains("imported") }
        #expect(imported.count > 500)
        var linked: [String: Int] = [:]
        for item in imported {
            for organization in item.orgs { linked[organization, default: 0] += 1 }
        }
        let crowded = linked.filter { $0.value * 4 > imported.count }
        #expect(crowded.isEmpty, "organizations on more than 25% of \(imported.count) items: \(crowded)")
    }

    @Test func aCommonFirstWordOfSeveralModelsLinksNobody() throws {
        let dataset = try CorpusImport.everything.get()
        let drummer = dataset.organizations.filter { $0.name.lowercased().contains("drummer") }.map(\.id)
        #expect(!drummer.isEmpty, "models.dev names TheDrummer's models")
        let tagged = dataset.news.filter { !Set($0.orgs).isDisjoint(with: drummer) }
        #expect(tagged.isEmpty, "tagged with TheDrummer: \(tagged.prefix(3).map(\.headline))")
    }

    @Test func reimportingAFeedChangesNothing() throws {
        let bytes = try CorpusFiles.bytes("feeds/labs/feed_openai_research.xml")
        let context = CorpusImport.context("openai research")
        let batch = try FeedImporter.parse(bytes, context: context)
        let first = ImportReconciler(dataset: CorpusImport.story()).apply(batch, context: context)
        #expect(first.added.count > 10)
        let second = ImportReconciler(dataset: first.dataset).apply(batch, context: context)
        #expect(second.added.isEmpty && second.updated.isEmpty && second.dataset == first.dataset)
    }

    @Test func windsurfsChangelogKeepsEveryRelease() throws {
        let bytes = try CorpusFiles.bytes("feeds/labs/feed_windsurf_changelog.xml")
        let context = CorpusImport.context("windsurf changelog")
        let batch = try FeedImporter.parse(bytes, context: context)
        let outcome = ImportReconciler(dataset: CorpusImport.story()).apply(batch, context: context)
        #expect(outcome.added.count == 118)
        // Each release keeps its own link, fragment included.
        #expect(Set(outcome.dataset.news.compactMap(\.url).filter { $0.contains("windsurf.com/changelog#") }).count > 100)
        let again = ImportReconciler(dataset: outcome.dataset).apply(batch, context: context)
        #expect(again.added.isEmpty && again.updated.isEmpty && again.dataset == outcome.dataset)
        // What reaches the reconciler is kept: its own identity rule drops none of it.
        #expect(outcome.added.count == batch.news.count)
    }
}
