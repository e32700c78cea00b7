import Testing
@testable import TerminalGrid

@Suite struct StatusLineTests {
    @Test func leftAndRightSegmentsSitAtTheirEdges() {
        var grid = Grid.marked(width: 16, height: 2)
        StatusLine(left: ["NORMAL"], right: ["12:00"]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["NORMAL     12:00", "xxxxxxxxxxxxxxxx"])
        #expect(grid[8, 0].style.attributes.contains(.reverse))
    }

    @Test func leftIsCutFirstWhenBothDoNotFit() {
        var grid = Grid.marked(width: 20, height: 1)
        StatusLine(left: ["NORMAL", " 12 models"], right: ["12:00"]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["NORMAL 12 mod… 12:00"])
    }

    @Test func rightIsCutOnlyWhenItAloneIsTooWide() {
        var grid = Grid.marked(width: 4, height: 1)
        StatusLine(left: ["NORMAL"], right: ["12:00"]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["12:…"])
    }

    @Test func cutWideRightSegmentStillEndsAtTheRightEdge() {
        var grid = Grid.marked(width: 4, height: 1)
        StatusLine(left: ["ab"], right: ["模型模"]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == [" 模…"])
    }

    @Test func segmentStylesAreLaidOverTheBarStyle() {
        let error = Style(foreground: .rgb(255, 0, 0), attributes: .bold)
        var grid = Grid.marked(width: 6, height: 1)
        StatusLine(left: [Span("err", style: error)]).render(into: &grid, area: grid.bounds)
        #expect(grid[0, 0].style == Style(foreground: .rgb(255, 0, 0), attributes: [.bold, .reverse]))
        #expect(grid[5, 0].style == Style(attributes: .reverse))
    }
}
