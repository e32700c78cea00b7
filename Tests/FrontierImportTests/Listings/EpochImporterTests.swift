@testable import FrontierCore
@testable import FrontierImport
import TestSupport
import Testing

private let retrieved = DayDate(year: 2025, month: 3, day: 1)!
private let location = "https://epoch.ai/data/notable_ai_models.csv"
private let context = ImportContext(sourceName: "Epoch AI", location: location, retrieved: retrieved)

private func provenance(url: String = location, note: String? = nil) -> Provenance {
    Provenance(source: "Epoch AI", url: url, retrieved: retrieved, status: .secondary, note: note)
}

private func parse(_ text: String) throws -> ImportBatch {
    try EpochImporter.parse(Array(text.utf8), context: context)
}

@Suite struct EpochImporterTests {
    private func fixture() throws -> ImportBatch {
        try EpochImporter.parse(try Fixtures.bytes("import/listings/epoch-notable-models.csv"), context: context)
    }

    @Test func listsEveryNamedRow() throws {
        #expect(try fixture().listings.map(\.name) == [
            "GPT-4", "GPT-3 175B (davinci)", "Gemini 1.0 Ultra", "Megatron-Turing NLG 530B \"MT-NLG\"",
            "Llama 3.1-405B", "Claude 2", "AlexNet", "DeepSeek-V3",
        ])
    }

    @Test func readsTrainingFiguresWithTheCostBasisFromTheColumnName() throws {
        let gpt4 = try fixture().listings[0]
        #expect(gpt4 == ModelListing(
            sourceID: "GPT-4", name: "GPT-4", organization: "OpenAI", released: DayDate("2023-03-15"),
            training: ListedTraining(flop: 2.1e25, costUSD: 40_586_592, costBasis: "Epoch AI estimate, 2023 USD",
                                     gpuHours: 57_000_000, gpuType: "NVIDIA A100 SXM4 40 GB"),
            provenance: provenance(url: "https://arxiv.org/abs/2303.08774", note: "GPU-hours = training time × hardware quantity")))
    }

    @Test func readsGroupedDigitsAndAMultilineCell() throws {
        let gpt3 = try fixture().listings[1]
        #expect(gpt3 == ModelListing(
            sourceID: "GPT-3 175B (davinci)", name: "GPT-3 175B (davinci)", organization: "OpenAI",
            released: DayDate("2020-05-28"), parameters: 175e9,
            training: ListedTraining(flop: 3.14e23, gpuType: "NVIDIA V100"),
            provenance: provenance(url: "https://arxiv.org/abs/2005.14165")))
    }

    @Test func keepsTheFirstOfSeveralOrganizationsAndNotesTheRest() throws {
        let listings = try fixture().listings
        #expect(listings[2] == ModelListing(
            sourceID: "Gemini 1.0 Ultra", name: "Gemini 1.0 Ultra", organization: "Google DeepMind",
            released: DayDate("2023-12-06"),
            training: ListedTraining(flop: 5e25, costUSD: 2.98e7, costBasis: "Epoch AI estimate, 2023 USD", gpuType: "Google TPU v4"),
            provenance: provenance(url: "https://storage.googleapis.com/deepmind-media/gemini/gemini_1_report.pdf",
                                   note: "also credited: Google")))
        #expect(listings[3] == ModelListing(
            sourceID: "Megatron-Turing NLG 530B \"MT-NLG\"", name: "Megatron-Turing NLG 530B \"MT-NLG\"",
            organization: "Microsoft", released: DayDate("2021-10-11"), parameters: 530e9,
            training: ListedTraining(flop: 1.17e24, gpuType: "NVIDIA A100 SXM4 80 GB"),
            provenance: provenance(note: "also credited: NVIDIA")))
    }

    @Test func derivesGPUHoursOnlyFromTimeAndQuantityTogether() throws {
        let listings = try fixture().listings
        #expect(listings[4].training?.gpuHours == 1882.3 * 16384)
        #expect(listings[4].parameters == 405e9)
        #expect(listings[6].training == ListedTraining(flop: 4.7e17, gpuHours: 264, gpuType: "NVIDIA GeForce GTX 580"))
        #expect(listings[7].training == ListedTraining(flop: 3.4e24, gpuType: "NVIDIA H800 SXM5"))
    }

    @Test func aMonthOrYearOnlyDateIsItsFirstDayAndSaysSo() throws {
        let listings = try fixture().listings
        #expect(listings[5].released == DayDate("2023-07-01"))
        #expect(listings[5].provenance == provenance(url: "https://www.anthropic.com/index/claude-2", note: "publication month only"))
        #expect(listings[6].released == DayDate("2012-01-01"))
        #expect(listings[6].provenance.note == "publication year only; GPU-hours = training time × hardware quantity")
    }

    @Test func warnsAboutNamelessRowsAndUnreadableCellsByLine() throws {
        let batch = try fixture()
        #expect(batch.listings[5].parameters == nil)
        #expect(batch.listings[7].released == nil)
        #expect(batch.skipped.map(\.description) == [
            "line 7: no model name",
            "line 9: Parameters: expected a number above zero, got \"unknown\"",
            "line 11: Publication date: expected a date YYYY-MM-DD, YYYY-MM or YYYY, got \"December 2024\"",
        ])
    }

    @Test func findsColumnsByNameInAnyOrderAndCase() throws {
        let batch = try parse("link,TRAINING COMPUTE COST (2020 USD),  system  ,organization,Publication Date,Extra\n" +
                              "https://example.org/a,\"1,200\",Tiny,Lab,2019-02-14,x\n")
        #expect(batch.listings == [ModelListing(
            sourceID: "Tiny", name: "Tiny", organization: "Lab", released: DayDate("2019-02-14"),
            training: ListedTraining(costUSD: 1200, costBasis: "Epoch AI estimate, 2020 USD"),
            provenance: provenance(url: "https://example.org/a"))])
    }

    @Test func toleratesShortRowsAndRefusesMalformedNumbers() throws {
        let batch = try parse("Model,Parameters,Training compute (FLOP)\nShort\nA,\"1,5\",-3e20\nB,1.2.3\n")
        #expect(batch.listings.map(\.name) == ["Short", "A", "B"])
        #expect(batch.listings.allSatisfy { $0.parameters == nil && $0.training == nil })
        #expect(batch.skipped.map(\.description) == [
            "line 3: Parameters: expected a number above zero, got \"1,5\"",
            "line 3: Training compute (FLOP): expected a number above zero, got \"-3e20\"",
            "line 4: Parameters: expected a number above zero, got \"1.2.3\"",
        ])
    }

    @Test(arguments: [
        ("1,750,000,000", 1.75e9), ("175", 175), ("3.8e+25", 3.8e25), ("12,345.5", 12345.5), ("-1,000", -1000),
    ])
    func readsNumbersAsEpochWritesThem(text: String, value: Double) {
        #expect(EpochImporter.number(text) == value)
    }

    @Test(arguments: ["1,5", "1,0000", ",100", "1,,000", "12.3,4", "about 7B", ""])
    func refusesNumbersThatAreNot(text: String) {
        #expect(EpochImporter.number(text) == nil)
    }

    @Test func refusesFilesItCannotRead() {
        #expect(throws: ImportError(place: "\(location):3", message: "a quoted field opened here is never closed")) {
            try parse("Model\r\nA\r\n\"B\r\nC\r\n")
        }
        #expect(throws: ImportError(place: "\(location):1", message: "no Model or System column in the header row")) {
            try parse("Name,Organization\nA,B\n")
        }
        #expect(throws: ImportError(place: location, message: "no header row (the file is empty)")) {
            try parse("\u{FEFF}\r\n")
        }
    }
}
