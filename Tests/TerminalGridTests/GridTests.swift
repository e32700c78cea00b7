import Testing
@testable import TerminalGrid

@Suite struct GridTests {
    @Test func fillThatCutsAWideGlyphBlanksItsOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("模型模", x: 0, y: 0)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("-"))
        #expect(grid.lines == [" -- 模"])
        grid.fill(Rect(x: 5, y: 0, width: 1, height: 1), with: Cell("+"))
        #expect(grid.lines == [" --  +"])
        #expect(grid.holdsOnlyWholeGlyphs)
    }

    @Test func writeFitsTextToExactlyTheField() {
        var grid = Grid.marked(width: 8, height: 1)
        grid.write("DeepSeek", x: 1, y: 0, width: 5, ellipsis: "…")
        #expect(grid.lines == ["xDeep…xx"])
        grid.write("ab", x: 1, y: 0, width: 5, alignment: .right)
        #expect(grid.lines == ["x   abxx"])
    }

    @Test func writeSpansCutsWithTheEllipsisInTheCutSpansStyle() {
        let bold = Style(attributes: .bold)
        var grid = Grid.marked(width: 8, height: 1)
        let used = grid.write(spans: ["ab", Span("cdefgh", style: bold)], x: 0, y: 0, width: 6)
        #expect(used == 6)
        #expect(grid.lines == ["abcde…xx"])
        #expect(grid[5, 0].style == bold)
        #expect(grid[1, 0].style == .plain)
    }
}
