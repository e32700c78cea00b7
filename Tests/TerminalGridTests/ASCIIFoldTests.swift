import Testing
@testable import TerminalGrid

@Suite struct ASCIIFoldTests {
    @Test(arguments: [
        ("─", "-"), ("━", "-"), ("│", "|"), ("┃", "|"), ("┌", "+"), ("┛", "+"), ("█", "#"), ("▍", "#"),
        ("░", "-"), ("·", "."), ("–", "-"), ("…", "."), ("→", ">"), ("×", "x"), ("▼", "v"), ("é", "e"),
        ("Å", "A"), ("⣿", "*"), ("a", "a"), ("„", "\""), ("«", "\""), ("‚", "'"),
    ])
    func knownGlyphsHaveReadableStandIns(glyph: String, expected: Character) {
        #expect(ASCIIFold.character(for: glyph) == expected)
    }

    @Test func unknownGlyphsBecomeAQuestionMarkNeverABlank() {
        #expect(ASCIIFold.character(for: "模") == "?")
        #expect(ASCIIFold.character(for: "🚀") == "?")
    }

    @Test func foldingAFrameKeepsItsLayoutAndLeavesOnlyASCII() {
        var grid = Grid(width: 12, height: 2)
        grid.put("┌─模型─┐", x: 0, y: 0)
        grid.put("é · 🚀!", x: 0, y: 1)
        grid.foldToASCII()
        #expect(grid.rowText(0) == "+-????-+    ")
        #expect(grid.rowText(1) == "e . ??!     ")
        #expect(grid.cells.allSatisfy { $0.symbol.unicodeScalars.allSatisfy(\.isASCII) && !$0.symbol.isEmpty })
        // One character a cell: each half of a wide glyph is now a cell of its own.
        #expect((0..<grid.height).map { grid.rowText($0).count } == [12, 12])
    }
}
