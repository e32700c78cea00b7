@testable import FrontierCore
import Testing

/// The first syntax error for `text` as `LINE:COLUMN: message`, or nil when it parses.
private func syntaxError(_ bytes: [UInt8]) -> String? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error.description
    }
}

private func syntaxError(_ text: String) -> String? {
    syntaxError(Array(text.utf8))
}

private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).root
}

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let root = try parse(#"{"s": "x", "n": -12.5, "t": true, "f": false, "z": null, "a": [1, {}], "o": {"k": []}}"#)
        let object = try #require(root.objectValue)
        #expect(object.keys == ["s", "n", "t", "f", "z", "a", "o"])
        #expect(object["s"]?.stringValue == "x")
        #expect(object["n"]?.numberValue == JSONNumber(-12.5, isInteger: false))
        #expect(object["t"]?.boolValue == true)
        #expect(object["f"]?.boolValue == false)
        #expect(object["z"]?.isNull == true)
        #expect(object["a"]?.arrayValue?.count == 2)
        #expect(object["o"]?.objectValue?["k"]?.arrayValue?.isEmpty == true)
    }

    @Test func recordsThePositionOfEveryValueAndKey() throws {
        let text = "{\n  \"name\": \"é€😀\", \"next\": [10,\n    true]\n}"
        let object = try #require(try parse(text).objectValue)
        #expect(try parse(text).position == JSONPosition(line: 1, column: 1))
        #expect(object.member("name")?.keyPosition == JSONPosition(line: 2, column: 3))
        #expect(object["name"]?.position == JSONPosition(line: 2, column: 11))
        // Columns count characters: the three non-ASCII characters take one column each.
        #expect(object.member("next")?.keyPosition == JSONPosition(line: 2, column: 18))
        let elements = try #require(object["next"]?.arrayValue)
        #expect(elements[0].position == JSONPosition(line: 2, column: 27))
        #expect(elements[1].position == JSONPosition(line: 3, column: 5))
    }

    @Test func countsCRLFAsOneLineBreak() throws {
        let object = try #require(try parse("{\r\n\"a\": 1,\r\n\"b\": 2}").objectValue)
        #expect(object["b"]?.position == JSONPosition(line: 3, column: 6))
    }

    @Test func skipsAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let root = try JSONParser.parse(bytes).root
        #expect(root.position == JSONPosition(line: 1, column: 1))
        #expect(root.objectValue?["a"]?.position == JSONPosition(line: 1, column: 7))
    }

    @Test(arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u0041\u00e9\u20AC""#, "Aé€"),
        (#""\uD83D\uDE00 ok""#, "😀 ok"),
        (#""plain ünïcode 日本""#, "plain ünïcode 日本"),
        (#""""#, ""),
    ])
    func decodesStringEscapes(literal: String, expected: String) throws {
        #expect(try parse(literal).stringValue == expected)
    }

    @Test(arguments: [
        ("0", 0.0, true),
        ("-0", -0.0, true),
        ("42", 42, true),
        ("-17", -17, true),
        ("0.27", 0.27, false),
        ("1.10", 1.1, false),
        ("671e9", 671e9, false),
        ("14.8E12", 14.8e12, false),
        ("3.3e+24", 3.3e24, false),
        ("5e-324", Double.leastNonzeroMagnitude, false),
        ("1e-400", 0, false),
        ("9007199254740993", 9007199254740992, true),
        ("123456789012345678901234567890", 1.2345678901234568e29, true),
        ("-123456789012345678901234567890", -1.2345678901234568e29, true),
        ("-0.0", -0.0, false),
        ("-2.5e-3", -0.0025, false),
        ("-1e-400", -0.0, false),
        ("0.1234567890123456789012", 0.1234567890123456789012, false),
        ("1.7976931348623157e308", 1.7976931348623157e308, false),
    ])
    func parsesNumbers(literal: String, value: Double, isInteger: Bool) throws {
        let number = try #require(try parse(literal).numberValue)
        #expect(number.value == value)
        #expect(number.value.sign == value.sign)
        #expect(number.isInteger == isInteger)
    }

    @Test(arguments: [
        ("", "1:1: unexpected end of input"),
        ("{", "1:2: unexpected end of input"),
        (#"{"a": 1"#, "1:8: unexpected end of input"),
        (#"{"a": 1]"#, "1:8: expected ',' or '}' after object member, got ']'"),
        ("[1 2]", "1:4: expected ',' or ']' after array element, got '2'"),
        (#"{"a" 1}"#, "1:6: expected ':' after object key, got '1'"),
        ("{a: 1}", "1:2: expected a string key in object, got 'a'"),
        ("{'a': 1}", "1:2: expected a string key in object, got '''"),
        (#"{"a": 1,}"#, "1:8: trailing comma before '}'"),
        ("[1,\n 2,\n]", "2:3: trailing comma before ']'"),
        ("[1] x", "1:5: expected end of input after the JSON value, got 'x'"),
        ("[NaN]", "1:2: expected a value, got 'NaN'"),
        ("[Infinity]", "1:2: expected a value, got 'Infinity'"),
        ("[tru]", "1:2: expected a value, got 'tru'"),
        ("[True]", "1:2: expected a value, got 'True'"),
        ("// note\n{}", "1:1: expected a value, got '/' (JSON has no comments)"),
        ("[1, /* two */ 2]", "1:5: expected a value, got '/' (JSON has no comments)"),
        ("[.5]", "1:2: expected a value, got '.'"),
        ("[+1]", "1:2: expected a value, got '+'"),
        ("[01]", "1:2: invalid number: leading zeros are not allowed"),
        ("[-]", "1:2: invalid number: expected a digit after '-'"),
        ("[1.]", "1:2: invalid number: expected a digit after '.'"),
        ("[1e]", "1:2: invalid number: expected a digit in the exponent"),
        ("[1e400]", "1:2: number 1e400 is too large to represent"),
        ("[-1e400]", "1:2: number -1e400 is too large to represent"),
        (#"["abc"#, "1:2: unterminated string"),
        ("[\"abc\n\"]", "1:2: unterminated string (a line break inside a string must be written \\n)"),
        ("[\"a\tb\"]", "1:4: unescaped control character U+0009 in string"),
        (#"["a\x"]"#, #"1:4: invalid escape '\x' in string"#),
        (#"["é\u12G4"]"#, #"1:4: invalid \u escape: expected 4 hex digits"#),
        (#"["\uD800"]"#, #"1:3: invalid \u escape: lone surrogate U+D800 is not a character"#),
        (#"["\uD800\u0041"]"#, #"1:3: invalid \u escape: lone surrogate U+D800 is not a character"#),
        (#"["\uDC00"]"#, #"1:3: invalid \u escape: lone surrogate U+DC00 is not a character"#),
        ("[\u{201C}a\u{201D}]", "1:2: expected a value, got '\u{201C}' (U+201C)"),
        ("[\u{01}]", "1:2: expected a value, got control character U+0001"),
    ])
    func reportsSyntaxErrorsWithTheirPosition(text: String, expected: String) {
        #expect(syntaxError(text) == expected)
    }

    private static let invalidUTF8Cases: [(bytes: [UInt8], expected: String)] = [
        ([0x22, 0xFF, 0x22], "1:2: invalid UTF-8 byte 0xFF"),
        (Array("{\"é\": \"ab".utf8) + [0xC3, 0x28, 0x22, 0x7D], "1:10: invalid UTF-8 byte 0xC3"),
        (Array("[1,\n  ".utf8) + [0x80], "2:3: invalid UTF-8 byte 0x80"),
        (Array("[\"".utf8) + [0xED, 0xA0, 0x80, 0x22, 0x5D], "1:3: invalid UTF-8 byte 0xED"),
        (Array("[\"".utf8) + [0xC0, 0xAF, 0x22, 0x5D], "1:3: invalid UTF-8 byte 0xC0"),
        (Array("[\"".utf8) + [0xE2, 0x82], "1:3: invalid UTF-8 byte 0xE2"),
    ]

    @Test(arguments: invalidUTF8Cases)
    func reportsInvalidUTF8AtTheFirstBadByte(bytes: [UInt8], expected: String) {
        #expect(syntaxError(bytes) == expected)
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONParser.defaultMaximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try parse(text)
    }

    @Test func refusesNestingBeyondTheLimit() {
        let text = String(repeating: "[{\"a\":", count: 50_000)
        #expect(syntaxError(text) == "1:1537: nesting is deeper than 512 levels")
    }

    @Test func reportsRepeatedKeysAndKeepsParsing() throws {
        let text = """
        {"models": [{"id": "a", "name": "A",
                     "name": "B"}],
         "x": 1, "x": 2}
        """
        let document = try JSONParser.parse(Array(text.utf8))
        #expect(document.duplicateKeys == [
            JSONDocument.DuplicateKey(key: "name", path: "models[0].name",
                                      position: JSONPosition(line: 2, column: 14),
                                      firstPosition: JSONPosition(line: 1, column: 25)),
            JSONDocument.DuplicateKey(key: "x", path: "x",
                                      position: JSONPosition(line: 3, column: 10),
                                      firstPosition: JSONPosition(line: 3, column: 2)),
        ])
        #expect(document.root.objectValue?["models"]?.arrayValue?.first?.objectValue?["name"]?.stringValue == "A")
    }

    @Test func quotesKeysThatAreNotIdentifiersInPaths() throws {
        let document = try JSONParser.parse(Array(#"{"odd key": [{"2x": 1, "2x": 2}]}"#.utf8))
        #expect(document.duplicateKeys.map(\.path) == [#"["odd key"][0]["2x"]"#])
    }

    @Test func findsRepeatedKeysInLargeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0"]
        let document = try JSONParser.parse(Array("{\(members.joined(separator: ","))}".utf8))
        #expect(document.duplicateKeys.map(\.key) == ["k7"])
    }
}
