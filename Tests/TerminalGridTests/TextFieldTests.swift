import Testing
@testable import TerminalGrid

@Suite struct TextFieldTests {
    @Test func cursorCellIsReversed() {
        var grid = Grid.marked(width: 8, height: 2)
        TextField(text: "hello", cursor: 1).render(into: &grid, area: Rect(x: 0, y: 0, width: 8, height: 2))
        #expect(grid.lines == ["hello   ", "xxxxxxxx"])
        #expect(grid[1, 0].style.attributes.contains(.reverse))
        #expect(!grid[0, 0].style.attributes.contains(.reverse))
    }

    @Test func cursorAtTheEndIsAReversedSpace() {
        var grid = Grid.marked(width: 6, height: 1)
        TextField(text: "abc", cursor: 3).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["abc   "])
        #expect(grid[3, 0].style.attributes.contains(.reverse))
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var grid = Grid.marked(width: 4, height: 1)
        TextField(text: "hello", cursor: 5).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["llo "])
        #expect(grid[3, 0].style.attributes.contains(.reverse))
    }

    @Test func wideGlyphCutByTheLeftEdgeShowsAsASpace() {
        var grid = Grid.marked(width: 3, height: 1)
        TextField(text: "模型ab", cursor: 1).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == [" 型"])
        #expect(grid[1, 0].style.attributes.contains(.reverse))
        #expect(grid[2, 0].style.attributes.contains(.reverse))
    }

    @Test func placeholderShowsWhenEmpty() {
        var grid = Grid.marked(width: 8, height: 1)
        TextField(text: "", cursor: 0, placeholder: "filter").render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["filter  "])
        #expect(grid[1, 0].style.attributes == [.dim])
        #expect(grid[0, 0].style.attributes == [.dim, .reverse])
    }

    @Test func cursorBeyondTheTextIsClamped() {
        var grid = Grid.marked(width: 4, height: 1)
        TextField(text: "ab", cursor: 99).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["ab  "])
        #expect(grid[2, 0].style.attributes.contains(.reverse))
    }

    @Test func pastedControlCharactersAreRemovedWithoutMovingTheCursor() {
        var grid = Grid.marked(width: 6, height: 1)
        TextField(text: "a\u{1B}[2Jb", cursor: 5).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["ab    "])
        #expect(grid[1, 0].style.attributes.contains(.reverse))
    }
}
