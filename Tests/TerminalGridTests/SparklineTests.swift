import Testing
@testable import TerminalGrid

@Suite struct SparklineTests {
    @Test func valuesRiseThroughEveryLevel() {
        var grid = Grid.marked(width: 9, height: 2)
        Sparkline(values: (0..<8).map(Double.init)).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["▁▂▃▄▅▆▇█x", "xxxxxxxxx"])
    }

    @Test func missingValuesLeaveAGap() {
        var grid = Grid.marked(width: 4, height: 1)
        Sparkline(values: [0, nil, .nan, 1]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["▁  █"])
    }

    @Test func newestValuesAreKeptWhenThereAreTooMany() {
        var grid = Grid.marked(width: 3, height: 1)
        Sparkline(values: [7, 7, 0, 1, 2], range: 0...2).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["▁▅█"])
    }

    @Test func givenRangeClampsValuesOutsideIt() {
        var grid = Grid.marked(width: 3, height: 1)
        Sparkline(values: [-5, 5, 50], range: 0...10).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["▁▅█"])
    }

    @Test func flatDataSitsOnTheLowestLevel() {
        var grid = Grid.marked(width: 3, height: 1)
        Sparkline(values: [4, 4, 4]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["▁▁▁"])
    }

    @Test func asciiUsesFiveLevels() {
        var grid = Grid.marked(width: 6, height: 1)
        Sparkline(values: [0, 1, 2, 3, 4], glyphs: .ascii).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["_.-=^x"])
    }
}
