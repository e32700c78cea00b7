import Testing
@testable import TerminalGrid

@Suite struct BarChartTests {
    @Test func linearLengthIsProportionalToTheValue() {
        #expect(BarChart.length(of: 5, scale: .linear(max: 10), width: 10) == (5, 0))
        #expect(BarChart.length(of: 10, scale: .linear(max: 10), width: 10) == (10, 0))
        #expect(BarChart.length(of: 2.5, scale: .linear(max: 10), width: 3) == (0, 6))
    }

    @Test func lengthResolvesEighthsOfACell() {
        #expect(BarChart.length(of: 1, scale: .linear(max: 80), width: 10) == (0, 1))
        #expect(BarChart.length(of: 79, scale: .linear(max: 80), width: 10) == (9, 7))
    }

    @Test func valuesBeyondTheScaleAreCappedAtTheWidth() {
        #expect(BarChart.length(of: 1e12, scale: .linear(max: 10), width: 7) == (7, 0))
        #expect(BarChart.length(of: 1e12, scale: .logarithmic(min: 1, max: 10), width: 7) == (7, 0))
    }

    @Test func missingZeroNegativeAndNonFiniteValuesDrawNoBar() {
        for value: Double? in [nil, 0, -3, .nan, .infinity, -.infinity] {
            #expect(BarChart.length(of: value, scale: .linear(max: 10), width: 10) == (0, 0))
            #expect(BarChart.length(of: value, scale: .logarithmic(min: 1, max: 1000), width: 10) == (0, 0))
        }
    }

    @Test func invalidScalesAndWidthsDrawNoBar() {
        #expect(BarChart.length(of: 5, scale: .linear(max: 0), width: 10) == (0, 0))
        #expect(BarChart.length(of: 5, scale: .linear(max: .nan), width: 10) == (0, 0))
        #expect(BarChart.length(of: 5, scale: .logarithmic(min: 0, max: 10), width: 10) == (0, 0))
        #expect(BarChart.length(of: 5, scale: .logarithmic(min: 10, max: 10), width: 10) == (0, 0))
        #expect(BarChart.length(of: 5, scale: .linear(max: 10), width: 0) == (0, 0))
        #expect(BarChart.length(of: 5, scale: .linear(max: 10), width: -4) == (0, 0))
    }

    @Test func logScaleGivesMillionsAndTensOfMillionsHonestlyDifferentLengths() {
        let scale = BarChart.Scale.logarithmic(min: 1e6, max: 1e9)
        let small = BarChart.length(of: 5.6e6, scale: scale, width: 40)
        let large = BarChart.length(of: 78e6, scale: scale, width: 40)
        // log10(5.6) / 3 and log10(78) / 3 of 320 eighths.
        #expect(small == (10, 0))
        #expect(large == (25, 2))
        #expect(BarChart.length(of: 1e6, scale: scale, width: 40) == (0, 0))
        #expect(BarChart.length(of: 1e9, scale: scale, width: 40) == (40, 0))
    }

    @Test func barsLabelsAndValuesAreLaidOutPerRow() {
        let items = [
            BarChart.Item(label: "a", value: 10, valueLabel: "10"),
            BarChart.Item(label: "bb", value: 5, valueLabel: "5"),
            BarChart.Item(label: "c", value: nil, valueLabel: "–"),
        ]
        var grid = Grid.marked(width: 12, height: 4)
        BarChart(items: items, scale: .linear(max: 10)).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == [
            "a  ██████ 10",
            "bb ███ 5    ",
            "c  –        ",
            "xxxxxxxxxxxx",
        ])
    }

    @Test func valueLabelsCanBeRightAligned() {
        let items = [BarChart.Item(label: "a", value: 5, valueLabel: "5"), BarChart.Item(label: "b", value: 1, valueLabel: "10")]
        var grid = Grid.marked(width: 10, height: 2)
        BarChart(items: items, scale: .linear(max: 10), valuePlacement: .right).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["a ██▌    5", "b ▌     10"])
    }

    @Test func partialCellUsesAnEighthBlockInUnicodeAndNothingInAscii() {
        let items = [BarChart.Item(label: "", value: 2.5, valueLabel: "")]
        var unicode = Grid.marked(width: 6, height: 1)
        BarChart(items: items, scale: .linear(max: 10)).render(into: &unicode, area: unicode.bounds)
        #expect(unicode.lines == ["█▌    "])
        var ascii = Grid.marked(width: 6, height: 1)
        BarChart(items: items, scale: .linear(max: 10), glyphs: .ascii).render(into: &ascii, area: ascii.bounds)
        #expect(ascii.lines == ["#     "])
    }

    @Test func selectedItemLabelIsReversed() {
        let items = [BarChart.Item(label: "a", value: 1), BarChart.Item(label: "b", value: 1)]
        var grid = Grid.marked(width: 6, height: 2)
        BarChart(items: items, scale: .linear(max: 1), selected: 1).render(into: &grid, area: grid.bounds)
        #expect(grid[0, 1].style.attributes.contains(.reverse))
        #expect(!grid[0, 0].style.attributes.contains(.reverse))
    }

    @Test func oversizedLabelColumnNeverCrashesOrOverflows() {
        let items = [BarChart.Item(label: "模型模型模型", value: 3, valueLabel: "$78M")]
        var grid = Grid.marked(width: 6, height: 2)
        BarChart(items: items, scale: .linear(max: 3), labelWidth: 100).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["模型… ", "xxxxxx"])
    }
}
