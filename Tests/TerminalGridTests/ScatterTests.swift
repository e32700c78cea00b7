import Testing
@testable import TerminalGrid

@Suite struct ScatterTests {
    private let unit = Scatter.Axis.linear(min: 0, max: 1)

    @Test func pointsBecomeBrailleDotsAtTheirCorners() {
        var grid = Grid.marked(width: 3, height: 2)
        Scatter(points: [Scatter.Point(x: 0, y: 0), Scatter.Point(x: 1, y: 1)], xAxis: unit, yAxis: unit)
            .render(into: &grid, area: Rect(x: 0, y: 0, width: 2, height: 1))
        #expect(grid.lines == ["⡀⠈x", "xxx"])
    }

    @Test func pointsSharingACellKeepTheirOwnDots() {
        var grid = Grid.marked(width: 1, height: 1)
        Scatter(points: [Scatter.Point(x: 0, y: 0), Scatter.Point(x: 1, y: 1)], xAxis: unit, yAxis: unit)
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["⡈"])
    }

    @Test func asciiPlotsOneStarPerCell() {
        var grid = Grid.marked(width: 3, height: 2)
        Scatter(points: [Scatter.Point(x: 0, y: 0), Scatter.Point(x: 1, y: 1)], xAxis: unit, yAxis: unit, glyphs: .ascii)
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["xx*", "*xx"])
    }

    @Test func pointsOffTheAxesOrInvalidAreLeftOut() {
        var grid = Grid.marked(width: 2, height: 2)
        let points = [Scatter.Point(x: 2, y: 0.5), Scatter.Point(x: .nan, y: 0.5), Scatter.Point(x: 0.5, y: -1),
                      Scatter.Point(x: -1, y: 1)]
        Scatter(points: points, xAxis: unit, yAxis: .logarithmic(min: 0.1, max: 1)).render(into: &grid, area: grid.bounds)
        #expect(grid == Grid.marked(width: 2, height: 2))
    }

    @Test func logarithmicAxisPlacesEachDecadeEvenly() {
        let axis = Scatter.Axis.logarithmic(min: 1, max: 100)
        #expect(axis.fraction(of: 10) == 0.5)
        #expect(axis.fraction(of: 1) == 0)
        #expect(axis.fraction(of: 0) == nil)
        #expect(Scatter.Axis.logarithmic(min: 0, max: 100).fraction(of: 10) == nil)
        #expect(Scatter.Axis.linear(min: 5, max: 5).fraction(of: 5) == nil)
    }

    @Test func lineJoinsPointsUnderThePoints() {
        var grid = Grid.marked(width: 4, height: 1)
        let line = [Scatter.Point(x: 0, y: 0), Scatter.Point(x: 1, y: 0)]
        Scatter(points: [Scatter.Point(x: 0, y: 0)], xAxis: unit, yAxis: unit, line: line, glyphs: .ascii)
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["*..."])
    }

    @Test func brailleLineFillsEveryDotAlongIt() {
        var grid = Grid.marked(width: 2, height: 1)
        let line = [Scatter.Point(x: 0, y: 1), Scatter.Point(x: 1, y: 1)]
        Scatter(points: [], xAxis: unit, yAxis: unit, line: line).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["⠉⠉"])
    }

    @Test func highlightedPointIsReversed() {
        var grid = Grid.marked(width: 2, height: 1)
        Scatter(points: [Scatter.Point(x: 0, y: 0), Scatter.Point(x: 1, y: 0)], xAxis: unit, yAxis: unit,
                highlighted: 1, glyphs: .ascii).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["**"])
        #expect(grid[1, 0].style.attributes.contains(.reverse))
        #expect(!grid[0, 0].style.attributes.contains(.reverse))
    }
}
