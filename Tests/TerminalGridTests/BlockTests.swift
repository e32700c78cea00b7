import Testing
@testable import TerminalGrid

@Suite struct BlockTests {
    @Test func borderWithTitleLeavesTheInsideAlone() {
        var grid = Grid.marked(width: 8, height: 4)
        Block(title: "AB").render(into: &grid, area: Rect(x: 1, y: 0, width: 6, height: 3))
        #expect(grid.lines == [
            "x┌ AB ┐x",
            "x│xxxx│x",
            "x└────┘x",
            "xxxxxxxx",
        ])
    }

    @Test func innerIsTheAreaInsideTheBorder() {
        #expect(Block().inner(Rect(x: 1, y: 2, width: 6, height: 3)) == Rect(x: 2, y: 3, width: 4, height: 1))
        #expect(Block().inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
    }

    @Test func longTitleIsCutBeforeTheCorner() {
        var grid = Grid.marked(width: 6, height: 2)
        Block(title: "Models").render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["┌ Mo…┐", "└────┘"])
    }

    @Test func rightTitleIsRightAlignedAndKeptWhenSpaceIsShort() {
        var grid = Grid.marked(width: 12, height: 2)
        Block(title: "A", rightTitle: "3").render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["┌ A ──── 3 ┐", "└──────────┘"])

        var narrow = Grid.marked(width: 10, height: 2)
        Block(title: "Models", rightTitle: "12").render(into: &narrow, area: narrow.bounds)
        #expect(narrow.lines == ["┌ M…─ 12 ┐", "└────────┘"])
    }

    @Test func focusedBlockUsesHeavyBorderAndBold() {
        var grid = Grid.marked(width: 4, height: 3)
        Block(focused: true).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["┏━━┓", "┃xx┃", "┗━━┛"])
        #expect(grid[0, 0].style.attributes.contains(.bold))
    }

    @Test func asciiBlockDrawsOnlyAscii() {
        var grid = Grid.marked(width: 8, height: 3)
        Block(title: "Models 模型", glyphs: .ascii).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["+ Mo...+", "|xxxxxx|", "+------+"])
    }

    @Test func wideTitleNeverCoversTheCorner() {
        var grid = Grid.marked(width: 5, height: 2)
        Block(title: "模型").render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["┌ …─┐", "└───┘"])
        #expect(grid[4, 0].symbol == "┐")
    }

    @Test func titleFromDataIsSanitized() {
        var grid = Grid.marked(width: 10, height: 2)
        Block(title: "A\u{1B}]0;pwn\u{07}B").render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["┌ AB ────┐", "└────────┘"])
    }

    @Test func areaTooSmallForABorderIsLeftAlone() {
        var grid = Grid.marked(width: 3, height: 3)
        Block(title: "A").render(into: &grid, area: Rect(x: 0, y: 0, width: 1, height: 3))
        Block(title: "A").render(into: &grid, area: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(grid == Grid.marked(width: 3, height: 3))
    }
}
