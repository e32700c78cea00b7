import Foundation
@testable import FrontierCore
import Testing

/// JSON output stays exact and still cannot drive a terminal: every control a terminal acts on,
/// and every bidi control, is written as `\uXXXX`, and the text decodes to the same string.
@Suite struct JSONWriterEscapingTests {
    static let hostile = "a\u{1B}]52;c;SGVsbG8=\u{07}b\u{1B}[2Jc\u{9B}31md\u{202E}e\u{2066}f\u{200F}g\u{061C}h\u{7F}i\u{85}j\u{2028}k\u{08}l\rm"

    @Test func controlsC1AndBidiAreEscaped() {
        let quoted = JSONWriter.quoted(Self.hostile)
        #expect(quoted == #""a\u001B]52;c;SGVsbG8=\u0007b\u001B[2Jc\u009B31md\u202Ee\u2066f\u200Fg\u061Ch\u007Fi\u0085j\u2028k\bl\rm""#)
        #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || JSONWriter.isEscapedControl($0.value) })
    }

    @Test func plainUnicodeIsWrittenAsItIs() {
        #expect(JSONWriter.quoted("DeepSeek-V3 · 深度求索 — “quoted” é") == "\"DeepSeek-V3 · 深度求索 — “quoted” é\"")
    }

    @Test func escapedTextDecodesToTheSameStringWithOurParserAndPython() throws {
        let line = JSONWriter.line(.object([("headline\u{202E}", .string(Self.hostile))]))
        let document = try JSONParser.parse(Array(line.utf8))
        #expect(document.root.objectValue?["headline\u{202E}"]?.stringValue == Self.hostile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json,sys; d=json.loads(sys.stdin.read()); sys.stdout.write(d['headline\\u202e'])"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(line.utf8))
        try input.fileHandleForWriting.close()
        let decoded = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: decoded, as: UTF8.self) == Self.hostile)
    }
}
