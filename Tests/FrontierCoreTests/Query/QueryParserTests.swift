@testable import FrontierCore
import Testing

/// How query text is read: grouping, fields, values and units, and errors with their columns.
@Suite struct QueryParserTests {
    let benchmarks = SampleData.dataset.benchmarks + [
        Benchmark(id: "gpqa", name: "GPQA"), Benchmark(id: "math", name: "MATH"),
        Benchmark(id: "math-500", name: "MATH-500"),
    ]

    func shape(_ text: String) throws -> String {
        try Query.parse(text, benchmarks: benchmarks).root?.description ?? "everything"
    }

    func error(_ text: String) -> String {
        do {
            _ = try Query.parse(text, benchmarks: benchmarks)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func anEmptyQueryMatchesEverything() throws {
        #expect(try Query.parse("", benchmarks: benchmarks).isEmpty)
        #expect(try Query.parse("   ", benchmarks: benchmarks).isEmpty)
    }

    @Test func wordsAreJoinedByAndAndLowercased() throws {
        #expect(try shape("DeepSeek R1") == "(and deepseek r1)")
        #expect(try shape("deepseek and r1") == "(and deepseek r1)")
    }

    @Test func orBindsLooserThanTheImplicitAnd() throws {
        #expect(try shape("a or b c") == "(or a (and b c))")
        #expect(try shape("a b OR c") == "(or (and a b) c)")
        #expect(try shape("(a or b) c") == "(and (or a b) c)")
    }

    @Test func negationTakesTheNextTermOnly() throws {
        #expect(try shape("not a b") == "(and (not a) b)")
        #expect(try shape("!a -b") == "(and (not a) (not b))")
        #expect(try shape("-(a or b)") == "(not (or a b))")
        #expect(try shape("gpt-4o") == "gpt-4o")
    }

    @Test func keywordsNeedWholeWords() throws {
        #expect(try shape("order notes andes") == "(and order notes andes)")
    }

    @Test func quotedPhrasesKeepTheirSpaces() throws {
        #expect(try shape("\"Panic Mode\" meta") == "(and \"panic mode\" meta)")
        #expect(try shape("\"or\"") == "or")
        #expect(try shape("source:\"The New Digital\"") == "source:\"the new digital\"")
    }

    @Test func fieldsHaveSynonymsAndIgnoreCase() throws {
        #expect(try shape("ORG:DeepSeek licence:mit") == "(and org:deepseek license:mit)")
        #expect(try shape("released>=2025-01") == "date>=2025-01-01..2025-01-31")
    }

    @Test func numbersTakeDollarsSuffixesAndExponents() throws {
        let terms = try Query.parse("params>100b cost>$10m flop>1e25 price.out<=$2.19 ctx>=128k mmlu>=85%",
                                    benchmarks: benchmarks).root
        guard case let .and(nodes)? = terms else {
            Issue.record("expected an and of terms")
            return
        }
        let values: [Double] = nodes.compactMap { node in
            if case let .term(term) = node, case let .number(value, _) = term.value { return value }
            return nil
        }
        #expect(values == [100e9, 10e6, 1e25, 2.19, 128_000, 85])
    }

    @Test func onlyAContextSizeKeepsTheBinaryReadingOfK() throws {
        let context = try Query.parse("ctx=128k", benchmarks: benchmarks).root
        #expect(context == .term(QueryTerm(field: .context, comparison: .equal, value: .number(128_000, alternative: 131_072))))
        let cost = try Query.parse("cost=128k", benchmarks: benchmarks).root
        #expect(cost == .term(QueryTerm(field: .cost, comparison: .equal, value: .number(128_000, alternative: nil))))
    }

    @Test func benchmarksResolveByIdThenShortNameThenAlias() throws {
        #expect(try shape("gpqa>60") == "gpqa>60")
        #expect(try shape("GPQA-D>60") == "gpqa-diamond>60")
        #expect(try shape("math>90 math-500>90") == "(and math>90 math-500>90)")
        #expect(try shape("cf>=2000") == "codeforces>=2000")
        let withoutPlainGPQA = try Query.parse("gpqa>60", benchmarks: SampleData.dataset.benchmarks)
        #expect(withoutPlainGPQA.root?.description == "gpqa-diamond>60")
    }

    @Test func datesNameADayAMonthAYearOrARange() throws {
        #expect(try shape("date:2025-01-20..2025-01-31") == "date:2025-01-20..2025-01-31")
        #expect(try shape("date:2025-01") == "date:2025-01-01..2025-01-31")
        #expect(try shape("date:2024-02") == "date:2024-02-01..2024-02-29")
        #expect(try shape("date:2025") == "date:2025-01-01..2025-12-31")
        #expect(try shape("date:2025-01..") == "date:2025-01-01..")
        #expect(try shape("date:..2024") == "date:..2024-12-31")
    }

    @Test func flagsAndKindsTakeTheirWords() throws {
        #expect(try shape("open:yes reasoning:no kind:train") == "(and open:yes reasoning:no kind:training)")
        #expect(try shape("org!=meta") == "org!=meta")
    }

    @Test func errorsSayWhatWentWrongAndWhere() {
        #expect(error("org:deepseek )") == "unexpected ')' at 14")
        #expect(error("a ()") == "unexpected ')' at 4")
        #expect(error("(a or b") == "missing ')' for the '(' at 1")
        #expect(error("meta \"panic") == "unterminated quote at 6")
        #expect(error("params>") == "expected a number after \"params>\" at 8")
        #expect(error("params>lots") == "expected a number after \"params>\" at 8")
        #expect(error("flop>inf") == "expected a number after \"flop>\" at 6")
        #expect(error("open:maybe") == "expected yes or no after \"open:\" at 6")
        #expect(error("kind:fees") == "expected training or price after \"kind:\" at 6")
        #expect(error("modality:smell") == "expected text, embedding, rerank, moderation, image, video, audio after \"modality:\" at 10")
        #expect(error("is:open") == "expected listed after \"is:\" at 4")
        #expect(error("is>listed") == "is cannot be compared with '>'; use is:VALUE at 3")
        #expect(error("date:2025-13") == "expected a date (YYYY, YYYY-MM or YYYY-MM-DD) after \"date:\" at 6")
        #expect(error("date>2025..2026") == "expected a single date (a range needs ':') after \"date>\" at 6")
        #expect(error("org>meta") == "org cannot be compared with '>'; use org:VALUE at 4")
        #expect(error("a or") == "expected a term after \"or\" at 5")
        #expect(error("or a") == "expected a term before \"or\" at 1")
        #expect(error("a not") == "expected a term after \"not\" at 6")
        #expect(error("a and or b") == "expected a term after \"and\" at 7")
        #expect(error("org:") == "expected a value after \"org:\" at 5")
    }

    @Test func anUnknownFieldListsTheFields() {
        let message = error("foo:bar")
        #expect(message.hasPrefix("unknown field \"foo\" at 1 (fields: org, license, open, reasoning, source, tag, model, kind, modality, is, params"))
        #expect(message.contains("or a benchmark such as mmlu"))
    }

    @Test func errorColumnsCountCharactersNotBytes() {
        #expect(error("café )") == "unexpected ')' at 6")
    }
}
