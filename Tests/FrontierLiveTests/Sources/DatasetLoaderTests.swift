import Foundation
@testable import FrontierCore
@testable import FrontierLive
import TestSupport
import Testing

private func load(_ text: String, file: String = "data.json") -> DatasetLoadResult {
    DatasetLoader.load([(name: file, bytes: Array(text.utf8))])
}

@Suite struct DatasetLoaderTests {
    @Test func loadsTheRichFixtureWithoutProblems() throws {
        let result = DatasetLoader.load(paths: [Fixtures.path("rich.json")])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.isValid)
        let dataset = result.dataset
        #expect(dataset.title == "Rich fixture")
        #expect(dataset.models.map(\.id) == ["deepseek-v3", "o1"])
        let v3 = try #require(dataset.models.first)
        #expect(v3.parameters == Parameters(total: 671e9, active: 37e9,
                                            provenance: Provenance(ref: "ds-v3-report", status: .primary)))
        #expect(v3.context == 131072)
        #expect(v3.headlineScore(for: "gpqa-diamond")?.value == 59.1)
        #expect(v3.scores.count == 3)
        #expect(dataset.benchmarks[0].short == "GPQA-D")
        #expect(dataset.benchmarks[1].short == "Chatbot Arena")
        #expect(dataset.training[0].gpuCount == 2048)
        #expect(dataset.training[1].basis == .estimate)
        #expect(dataset.prices[0].until == DayDate("2025-02-08"))
        #expect(dataset.news[0].headline == "Nvidia loses ~$590bn in a day \u{2014} \"DeepSeek shock\"")
        #expect(dataset.news[0].approximate)
        #expect(dataset.organizations[0].aliases == ["DeepSeek-AI", "深度求索"])
    }

    @Test(arguments: [
        ("[]", ["data.json:1:1: expected an object, got an array"]),
        ("{}", [#"data.json:1:1: missing required field "schema""#]),
        (#"{"schema": 2, "models": 5}"#,
         ["data.json:1:12: schema: schema 2 is newer than this build of frontier reads (1); upgrade frontier"]),
        (#"{"schema": 0}"#, ["data.json:1:12: schema: schema 0 is not supported; this build of frontier reads schema 1"]),
        (#"{"schema": 1.0}"#, ["data.json:1:12: schema: expected an integer, got number 1.0"]),
        (#"{"schema": "1"}"#, [#"data.json:1:12: schema: expected an integer, got string "1""#]),
        (#"{"schema": 1, "title": ["t"]}"#, ["data.json:1:24: title: expected a string, got an array"]),
        ("", ["data.json:0:0: file is empty"]),
        (" \n\t", ["data.json:0:0: file is empty"]),
    ])
    func reportsProblemsWithTheWholeFile(text: String, expected: [String]) {
        #expect(load(text).diagnostics.map(\.description) == expected)
    }

    @Test func stopsAFileAtItsFirstSyntaxError() {
        let text = """
        {"schema": 1, "models": [{"id": 1}],
         "news": [}
        """
        #expect(load(text).diagnostics.map(\.description) == ["data.json:2:11: expected a value, got '}'"])
    }

    @Test func reportsInvalidUTF8WithTheFilesPosition() {
        let bytes = Array("{\"schema\": 1,\n \"title\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)
        let result = DatasetLoader.load([(name: "latin1.json", bytes: bytes)])
        #expect(result.diagnostics.map(\.description) == ["latin1.json:2:15: invalid UTF-8 byte 0xE9"])
    }

    @Test func readsAFileThatStartsWithAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"schema": 1, "title": "T"}"#.utf8)
        let result = DatasetLoader.load([(name: "bom.json", bytes: bytes)])
        #expect(result.isValid)
        #expect(result.dataset.title == "T")
    }

    @Test func reportsAFileThatCannotBeRead() {
        let path = Fixtures.path("does-not-exist.json")
        let result = DatasetLoader.load(paths: [path])
        #expect(result.diagnostics.map(\.description) == ["\(path):0:0: cannot read: No such file or directory"])
        #expect(result.files == [path])
    }

    @Test func reportsADirectoryGivenAsAFile() {
        let path = Fixtures.directory.path
        #expect(DatasetLoader.load(paths: [path]).diagnostics.map(\.description) == ["\(path):0:0: cannot read: Is a directory"])
    }

    @Test func reportsEveryProblemNotOnlyTheFirst() throws {
        let result = DatasetLoader.load(paths: [Fixtures.path("five-problems.json")])
        let file = Fixtures.path("five-problems.json")
        #expect(result.diagnostics.map(\.description) == [
            "\(file):5:17: models[0].released: expected a date YYYY-MM-DD, got \"2024-02-30\"",
            "\(file):6:16: models[0].context: context must be positive, got -5",
            "\(file):10:38: prices[0].input: price must not be negative, got -0.27",
            "\(file):10:55: prices[0].output: expected a number, got string \"1.10\"",
            "\(file):13:81: news[0].orgs[0]: unknown organization \"deepsek\"; did you mean \"deepseek\"?",
        ])
        // The model and the price have problems of their own and are left out; the news item
        // only refers to something unknown and stays.
        #expect(result.dataset.models.isEmpty)
        #expect(result.dataset.prices.isEmpty)
        #expect(result.dataset.news.map(\.id) == ["n1"])
    }

    @Test func ignoresUnknownFieldsAndTreatsNullAsAbsent() throws {
        let text = """
        {"schema": 1, "generator": {"name": "importer", "version": 3}, "title": null,
         "organizations": [{"id": "deepseek", "name": "DeepSeek", "founded": 2023, "country": null,
                            "provenance": null, "aliases": null}],
         "futureRecords": [1, 2, 3]}
        """
        let result = load(text)
        #expect(result.diagnostics == [])
        #expect(result.dataset.title == nil)
        #expect(result.dataset.organizations == [Organization(id: "deepseek", name: "DeepSeek")])
    }

    @Test func leavesOutRecordsWithProblemsAndKeepsTheRest() {
        let text = """
        {"schema": 1, "organizations": [{"id": "a", "name": "A"}, {"id": "b"}, {"id": "c", "name": "C"}]}
        """
        let result = load(text)
        #expect(result.diagnostics.count == 1)
        #expect(result.dataset.organizations.map(\.id) == ["a", "c"])
    }

    @Test func allowsTheSameIDInDifferentKinds() {
        let text = """
        {"schema": 1, "organizations": [{"id": "mistral", "name": "Mistral AI"}],
         "models": [{"id": "mistral", "name": "Mistral 7B", "org": "mistral", "released": "2023-09-27"}]}
        """
        #expect(load(text).isValid)
    }

    @Test func summarisesPerFile() {
        let valid = (name: "a.json", bytes: Array(#"{"schema": 1}"#.utf8))
        let invalid = (name: "b.json", bytes: Array(#"{"schema": 1, "models": [{}]}"#.utf8))
        let good = DatasetLoader.load([valid, (name: "c.json", bytes: valid.bytes)])
        #expect(good.summary == "2 files valid")
        let bad = DatasetLoader.load([valid, invalid])
        #expect(bad.invalidFiles == ["b.json"])
        #expect(bad.diagnostics(in: "a.json") == [])
        #expect(bad.diagnostics(in: "b.json").count == 4)
        #expect(bad.summary == "2 files, 4 problems in 1 file")
        #expect(DatasetLoader.load([valid]).summary == "1 file valid")
    }
}
