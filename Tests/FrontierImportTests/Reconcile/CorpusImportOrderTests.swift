@testable import FrontierCore
@testable import FrontierImport
import Testing
import TestSupport

/// Issue 12, "matching decides on evidence, never on order": the corpus's four price lists
/// imported in the opposite order make the same catalogue: the same models with the same names,
/// developers, dates and keys, the same prices at the same providers from the same sources, the
/// same organizations and training runs. Only record ids, which name a record after the list
/// that made it, may differ, so records are compared by what they say, not by id.
@Suite struct CorpusImportOrderTests {
    @Test func theListsMakeTheSameCatalogueInEitherOrder() throws {
        let forward = try CorpusImport.everything.get()
        var backward = CorpusImport.story()
        for listing in CorpusImport.Listing.allCases.reversed() {
            backward = try listing.apply(to: backward).dataset
        }
        let a = Catalogue(forward), b = Catalogue(backward)
        #expect(a.models.count > 2_000, "the corpus did not import")
        #expect(a.models.subtracting(b.models).sorted().prefix(5) == [])
        #expect(b.models.subtracting(a.models).sorted().prefix(5) == [])
        #expect(a.prices.subtracting(b.prices).sorted().prefix(5) == [])
        #expect(b.prices.subtracting(a.prices).sorted().prefix(5) == [])
        #expect(a.organizations.symmetricDifference(b.organizations).sorted() == [])
        #expect(a.training.symmetricDifference(b.training).sorted() == [])
        #expect(forward.models.count == backward.models.count)
        #expect(forward.prices.count == backward.prices.count)
    }

    /// A dataset's records as text without their ids, models and organizations named.
    private struct Catalogue {
        var models: Set<String> = []
        var prices: Set<String> = []
        var organizations: Set<String> = []
        var training: Set<String> = []

        init(_ dataset: Dataset) {
            let organizationName = Dictionary(dataset.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            var modelName: [String: String] = [:]
            for model in dataset.models {
                let named = "\(model.name) by \(organizationName[model.org] ?? model.org)"
                modelName[model.id] = named
                let aliases = model.aliases.map { $0.lowercased() }.sorted().joined(separator: ",")
                models.insert("\(named) released \(model.released) context \(model.context.map(String.init) ?? "-") params \(model.parameters?.total.map { "\($0)" } ?? "-") aliases \(aliases)")
            }
            for price in dataset.prices {
                prices.insert("\(modelName[price.model] ?? price.model) at \(price.provider ?? "-"): \(price.input)/\(price.output) cached \(price.cachedInput.map { "\($0)" } ?? "-") from \(price.asOf) until \(price.until.map { "\($0)" } ?? "-") by \(price.provenance?.source ?? "-") as \(price.apiId ?? "-")")
            }
            for organization in dataset.organizations {
                organizations.insert("\(organization.name): \(organization.aliases.map { $0.lowercased() }.sorted())")
            }
            for run in dataset.training {
                training.insert("\(run.model.flatMap { modelName[$0] } ?? run.label ?? "-") \(run.flop.map { "\($0)" } ?? "-") \(run.costUSD.map { "\($0)" } ?? "-") \(run.gpuHours.map { "\($0)" } ?? "-") \(run.provenance?.url ?? "-")")
            }
        }
    }
}
