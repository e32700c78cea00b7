import Testing
@testable import TerminalGrid

@Suite struct OverlayTests {
    @Test func boxIsCentredFittedToItsTextAndClearsItsArea() {
        var grid = Grid.marked(width: 20, height: 7)
        let used = Overlay(title: "Help", lines: ["Hello", "World!"], maxWidth: 30, maxHeight: 10)
            .render(into: &grid, area: grid.bounds)
        #expect(used == Rect(x: 5, y: 1, width: 10, height: 4))
        #expect(grid.lines == [
            "xxxxxxxxxxxxxxxxxxxx",
            "xxxxx┌ Help ──┐xxxxx",
            "xxxxx│ Hello  │xxxxx",
            "xxxxx│ World! │xxxxx",
            "xxxxx└────────┘xxxxx",
            "xxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxx",
        ])
    }

    @Test func maximumSizeCutsLinesAndRows() {
        var grid = Grid.marked(width: 10, height: 3)
        let used = Overlay(lines: ["a long line", "second"], maxWidth: 8, maxHeight: 3, glyphs: .ascii)
            .render(into: &grid, area: grid.bounds)
        #expect(used == Rect(x: 1, y: 0, width: 8, height: 3))
        #expect(grid.lines == ["x+------+x", "x| a... |x", "x+------+x"])
    }

    @Test func tinyAreaIsClearedWithoutABorder() {
        var grid = Grid.marked(width: 3, height: 3)
        let used = Overlay(lines: ["text"], maxWidth: 1, maxHeight: 1).render(into: &grid, area: grid.bounds)
        #expect(used == Rect(x: 1, y: 1, width: 1, height: 1))
        #expect(grid.lines == ["xxx", "x x", "xxx"])
    }
}
