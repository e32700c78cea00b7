import Testing
@testable import TerminalGrid

@Suite struct TimelineTests {
    private let entries = [
        Timeline.Entry(date: "2024-12-26", text: "DeepSeek-V3 released"),
        Timeline.Entry(date: "2025-01-20", text: "R1", marker: "!"),
    ]

    @Test func datesLineUpAndLongTextIsCut() {
        var grid = Grid.marked(width: 20, height: 3)
        Timeline(entries: entries).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == [
            "2024-12-26 • DeepSe…",
            "2025-01-20 ! R1     ",
            "xxxxxxxxxxxxxxxxxxxx",
        ])
    }

    @Test func selectedEntryIsScrolledIntoViewAndReversed() {
        var grid = Grid.marked(width: 16, height: 1)
        Timeline(entries: entries, glyphs: .ascii, selected: 1).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["2025-01-20 ! R1 "])
        #expect(grid[15, 0].style.attributes.contains(.reverse))
    }

    @Test func narrowAreaCutsTheDateWithoutCrashing() {
        var grid = Grid.marked(width: 4, height: 1)
        Timeline(entries: entries, glyphs: .ascii).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["2..."])
    }
}
