@testable import FrontierCore
@testable import FrontierImport
import Testing

private func read(_ text: String) throws -> [CSVReader.Record] {
    try CSVReader.records(Array(text.utf8))
}

private func fields(_ text: String) throws -> [[String]] {
    try read(text).map(\.fields)
}

private func syntaxError(_ bytes: [UInt8]) -> CSVReader.SyntaxError? {
    do {
        _ = try CSVReader.records(bytes)
        return nil
    } catch {
        return error
    }
}

@Suite struct CSVReaderTests {
    @Test func readsRecordsWithTheLineEachStartsOn() throws {
        let records = try read("Model,Parameters\nGPT-3,175000000000\nAlexNet,60000000\n")
        #expect(records == [
            CSVReader.Record(line: 1, fields: ["Model", "Parameters"]),
            CSVReader.Record(line: 2, fields: ["GPT-3", "175000000000"]),
            CSVReader.Record(line: 3, fields: ["AlexNet", "60000000"]),
        ])
    }

    @Test(arguments: ["a,b\r\n1,2\r\n", "a,b\r\n1,2", "a,b\n1,2", "a,b\r1,2\r", "a,b\n1,2\n"])
    func acceptsEveryLineEndingWithOrWithoutAFinalOne(text: String) throws {
        let records = try read(text)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 2])
    }

    @Test func skipsAByteOrderMark() throws {
        let records = try CSVReader.records([0xEF, 0xBB, 0xBF] + Array("Model,Organization\r\nGPT-4,OpenAI".utf8))
        #expect(records.first?.fields == ["Model", "Organization"])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,org,notes\r\n\"Gemini 1.0 Ultra\",\"Google DeepMind,Google\",\"cited,\r\nSOTA\"\r\n" +
            "\"Megatron-Turing NLG 530B \"\"MT-NLG\"\"\",Microsoft,\"\"\r\nlast,row,\"a\nb\nc\"\nafter,it,\n"
        let records = try read(text)
        #expect(records.map(\.fields) == [
            ["name", "org", "notes"],
            ["Gemini 1.0 Ultra", "Google DeepMind,Google", "cited,\r\nSOTA"],
            ["Megatron-Turing NLG 530B \"MT-NLG\"", "Microsoft", ""],
            ["last", "row", "a\nb\nc"],
            ["after", "it", ""],
        ])
        // A line break inside quotes still counts as a line of the file.
        #expect(records.map(\.line) == [1, 2, 4, 5, 8])
    }

    @Test func keepsEmptyFieldsWhereverTheyAre() throws {
        #expect(try fields(",,\n") == [["", "", ""]])
        #expect(try fields("a,,c") == [["a", "", "c"]])
        #expect(try fields("a,") == [["a", ""]])
        #expect(try fields(",a") == [["", "a"]])
        #expect(try fields("\"\"") == [[""]])
    }

    @Test func passesOverEmptyLines() throws {
        let records = try read("a\n\n\r\nb\n\n")
        #expect(records == [CSVReader.Record(line: 1, fields: ["a"]), CSVReader.Record(line: 4, fields: ["b"])])
        #expect(try read("").isEmpty)
        #expect(try read("\n\n").isEmpty)
    }

    @Test func keepsAQuoteInsideAnUnquotedFieldAsText() throws {
        #expect(try fields("12\" display,x y \"z\"") == [["12\" display", "x y \"z\""]])
        #expect(try fields(" \"padded\" ,b") == [[" \"padded\" ", "b"]])
    }

    @Test func keepsSpacesAndUnicodeAsWritten() throws {
        #expect(try fields(" Model , 通义千问,Émile\n") == [[" Model ", " 通义千问", "Émile"]])
    }

    @Test func refusesAQuoteThatIsNeverClosedNamingTheLineItOpensOn() {
        let error = syntaxError(Array("a,b\n1,2\n3,\"open\n4,5\n6,7\n".utf8))
        #expect(error == CSVReader.SyntaxError(line: 3, message: "a quoted field opened here is never closed"))
        #expect(error?.description == "line 3: a quoted field opened here is never closed")
    }

    @Test func refusesTextAfterAClosingQuote() {
        let error = syntaxError(Array("a,b\n\"x\ny\"z,2\n".utf8))
        #expect(error?.line == 3)
        #expect(error?.message.hasPrefix("text after the closing quote") == true)
    }

    @Test func refusesBytesThatAreNotUTF8() {
        let latin1: [UInt8] = Array("Model\nok\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x0A]
        #expect(syntaxError(latin1) == CSVReader.SyntaxError(line: 3, message: "a field is not valid UTF-8 (save the file as UTF-8)"))
    }
}
