@testable import FrontierCore
import Testing

/// A message quotes at most the start of a long input value, never the whole of it.
@Suite struct LongValueMessageTests {
    @Test func aTenMegabyteNumberLiteralIsQuotedByItsStartAndLength() {
        let digits = String(repeating: "9", count: 10 << 20)
        let bytes = Array("{\"schema\": 1, \"x\": \(digits)}".utf8)
        do {
            _ = try JSONParser.parse(bytes)
            Issue.record("a 10 MB number literal was accepted")
        } catch {
            #expect(error.message.hasPrefix("number " + String(repeating: "9", count: 200) + "… (10485760 characters)"))
            #expect(error.message.utf8.count < 300)
        }
    }

    @Test func aLongDuplicateKeyAndItsPathAreCutInTheDiagnostic() {
        let key = String(repeating: "k", count: 1 << 20)
        let text = "{\"schema\": 1, \"\(key)\": 1, \"\(key)\": 2}"
        let result = DatasetLoader.load([(name: "long.json", bytes: Array(text.utf8))])
        #expect(!result.diagnostics.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.description.utf8.count < 1_000)
        }
    }
}
