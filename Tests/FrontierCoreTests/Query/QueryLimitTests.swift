@testable import FrontierCore
import Testing

/// Query text is untrusted (a paste, a state file, a script's `--query`): the parser is bounded
/// in length and depth, and breaking a bound is an error at its place, never a stack overflow.
@Suite struct QueryLimitTests {
    let benchmarks = SampleData.dataset.benchmarks

    func error(_ text: String) -> QueryError? {
        do {
            _ = try Query.parse(text, benchmarks: benchmarks)
            return nil
        } catch {
            return error
        }
    }

    @Test func tenThousandOpeningParenthesesAreAnErrorNotACrash() throws {
        let failure = try #require(error(String(repeating: "(", count: 10_000) + "x"))
        #expect(failure.message.contains("longer than 1000 characters"))
        #expect(failure.column == 1001)
    }

    @Test func fiftyThousandNegationsAreAnErrorNotACrash() throws {
        let failure = try #require(error(String(repeating: "!", count: 50_000) + "x"))
        #expect(failure.message.contains("longer than"))
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorAtTheLevelThatBreaksIt() throws {
        let deep = String(repeating: "(", count: 65) + "x" + String(repeating: ")", count: 65)
        let failure = try #require(error(deep))
        #expect(failure.message.contains("nested deeper than 64"))
        #expect(failure.column == 65)
        let negations = try #require(error(String(repeating: "!", count: 65) + "x"))
        #expect(negations.column == 65)
        let words = try #require(error(String(repeating: "not ", count: 70) + "x"))
        #expect(words.column == 4 * 64 + 1)
    }

    @Test func nestingAtTheLimitStillParses() throws {
        let deep = String(repeating: "(", count: 64) + "deepseek" + String(repeating: ")", count: 64)
        #expect(try Query.parse(deep, benchmarks: benchmarks).root?.description == "deepseek")
        let mixed = String(repeating: "(!", count: 32) + "x" + String(repeating: ")", count: 32)
        #expect(error(mixed) == nil)
        let long = Array(repeating: "gpt", count: 250).joined(separator: " ")
        #expect(long.count <= Query.maximumLength)
        #expect(error(long) == nil)
    }

    @Test func aPastedFlatQueryOfManyTermsParses() throws {
        // Depth counts nesting, not length: a long flat query is fine.
        let flat = Array(repeating: "a or b", count: 90).joined(separator: " or ")
        #expect(error(flat) == nil)
    }
}
