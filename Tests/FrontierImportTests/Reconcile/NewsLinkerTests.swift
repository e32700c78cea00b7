@testable import FrontierCore
@testable import FrontierImport
import Testing

private let day = DayDate("2025-01-01")!

/// Family words: the first word several models share links their developer, unless it is common.
@Suite struct NewsLinkerTests {
    let linker = NewsLinker(
        organizations: [Organization(id: "thedrummer", name: "TheDrummer"), Organization(id: "meta", name: "Meta")],
        models: [
            Model(id: "cydonia-24b", name: "The Drummer Cydonia 24B", org: "thedrummer", released: day),
            Model(id: "magidonia-24b", name: "The Drummer Magidonia 24B", org: "thedrummer", released: day),
            Model(id: "free-chat", name: "Free Chat", org: "thedrummer", released: day),
            Model(id: "free-code", name: "Free Code", org: "thedrummer", released: day),
            Model(id: "llama-3-8b", name: "Llama 3 8B", org: "meta", released: day),
            Model(id: "llama-3-70b", name: "Llama 3 70B", org: "meta", released: day),
        ])

    @Test(arguments: [
        "The best open model of the year",
        "Free tier for everyone",
    ])
    func aCommonFirstWordLinksNobody(headline: String) {
        let found = linker.links(in: [headline])
        #expect(found.organizations.isEmpty && found.models.isEmpty)
    }

    @Test func wholeNamesAndSpecificFamilyWordsStillLink() {
        let whole = linker.links(in: ["The Drummer Cydonia 24B tops a leaderboard"])
        #expect(whole.organizations == ["thedrummer"] && whole.models == ["cydonia-24b"])
        #expect(linker.links(in: ["Llama downloads double"]).organizations == ["meta"])
        #expect(linker.links(in: ["TheDrummer ships a merge"]).organizations == ["thedrummer"])
    }

    @Test(arguments: ["the", "free", "gpt", "chat"])
    func commonAndShortWordsAreCommon(word: String) {
        #expect(CommonWords.isCommon(word))
    }

    @Test(arguments: ["llama", "qwen", "gemma", "claude"])
    func familyNamesAreNot(word: String) {
        #expect(!CommonWords.isCommon(word))
    }
}
