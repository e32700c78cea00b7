import TerminalGrid
import Testing

/// `Color(hex:)` reads the colours theme files are written in.
@Suite struct ColorHexTests {
    @Test(arguments: [
        ("#61afef", Color.rgb(0x61, 0xAF, 0xEF)),
        ("61afef", .rgb(0x61, 0xAF, 0xEF)),
        ("#61AFEF", .rgb(0x61, 0xAF, 0xEF)),
        ("#000000", .rgb(0, 0, 0)),
        ("#ffffff", .rgb(255, 255, 255)),
        ("#abc", .rgb(0xAA, 0xBB, 0xCC)),
        ("f0a", .rgb(0xFF, 0x00, 0xAA)),
    ])
    func validHexParses(_ text: String, _ expected: Color) {
        #expect(Color(hex: text) == expected)
    }

    @Test(arguments: ["", "#", "blue", "#12", "#1234", "#12345", "#1234567", "#gggggg", "##61afef", " #61afef",
                      "#61afef ", "+61afef", "#-1afef", "default", "#６１afef"])
    func malformedHexIsRejected(_ text: String) {
        #expect(Color(hex: text) == nil)
    }

    @Test func hexStringRoundTrips() {
        #expect(Color.rgb(0x0a, 0xbc, 0x01).hexString == "#0abc01")
        #expect(Color.default.hexString == "default")
        #expect(Color(hex: Color.rgb(1, 2, 3).hexString) == .rgb(1, 2, 3))
    }
}
