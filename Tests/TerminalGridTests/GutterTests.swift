import Testing
@testable import TerminalGrid

/// One-cell mark columns: a table column with its own gap, a bar chart's gutter, and names cut
/// in the middle.
@Suite struct GutterTests {
    @Test func aColumnWithGapZeroSitsRightAfterTheOneBefore() {
        let columns = [
            Table.Column("", width: .fixed(1), priority: 3),
            Table.Column("", width: .fixed(1), priority: 3, gap: 0),
            Table.Column("Name", width: .flexible(min: 4, weight: 1), priority: 2),
        ]
        var grid = Grid.marked(width: 10, height: 3)
        Table(columns: columns, rows: [["+", "✓", "Alpha"], [" ", " ", "Beta"]]).render(into: &grid, area: Rect(x: 0, y: 0, width: 10, height: 3))
        #expect(grid.lines == [
            "   Name   ",
            "+✓ Alpha  ",
            "   Beta   ",
        ])
    }

    @Test func columnGapsCountWhenColumnsAreDropped() {
        let columns = [
            Table.Column("", width: .fixed(1), priority: 3),
            Table.Column("", width: .fixed(1), priority: 1, gap: 0),
            Table.Column("Name", width: .fixed(4), priority: 2),
        ]
        // 1 + 0 + 1 + 1 + 4 = 7 fits all three; at 6 the lowest priority goes.
        #expect(Table.columnWidths(columns, width: 7) == [1, 1, 4])
        #expect(Table.columnWidths(columns, width: 6) == [1, nil, 4])
    }

    @Test func theFirstColumnShownHasNoGapBeforeIt() {
        let columns = [
            Table.Column("", width: .fixed(1), priority: 1),
            Table.Column("Name", width: .fixed(4), priority: 2, gap: 3),
        ]
        #expect(Table.columnWidths(columns, width: 4) == [nil, 4])
    }

    @Test func aBarChartDrawsEachItemsGutterBeforeItsLabel() {
        let items = [
            BarChart.Item(label: "ab", value: 10, valueLabel: "10", gutter: Span("+", style: Style(attributes: .bold))),
            BarChart.Item(label: "cd", value: 5, valueLabel: "5"),
        ]
        var grid = Grid.marked(width: 12, height: 3)
        BarChart(items: items, scale: .linear(max: 10), glyphs: .ascii, labelWidth: 2, gutterWidth: 1, selected: 0)
            .render(into: &grid, area: Rect(x: 0, y: 0, width: 12, height: 2))
        #expect(grid.lines == [
            "+ab ##### 10",
            " cd ## 5    ",
            "xxxxxxxxxxxx",
        ])
        #expect(grid[0, 0].style.attributes == [.bold, .reverse], "the selection lies over the gutter too")
    }

    @Test func aGutterInAnAreaTooNarrowForItIsClipped() {
        var grid = Grid.marked(width: 3, height: 1)
        BarChart(items: [BarChart.Item(label: "abc", value: 1, gutter: "+")], scale: .linear(max: 1), gutterWidth: 5)
            .render(into: &grid, area: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(grid.lines == ["+xx"])
        BarChart(items: [BarChart.Item(label: "abc", value: 1, gutter: "+")], scale: .linear(max: 1), gutterWidth: 1)
            .render(into: &grid, area: Rect(x: 0, y: 0, width: 0, height: 1))
    }

    @Test func truncatingInTheMiddleKeepsBothEnds() {
        #expect(TextLayout.truncateMiddle("https://example.org/data.json", toWidth: 12) == "https…a.json")
        #expect(TextLayout.truncateMiddle("short", toWidth: 12) == "short")
        #expect(TextLayout.truncateMiddle("abcdefgh", toWidth: 5, ellipsis: "...") == "a...h")
        #expect(TextLayout.truncateMiddle("abcdefgh", toWidth: 2, ellipsis: "...") == "ab")
        #expect(TextLayout.truncateMiddle("abc", toWidth: 0) == "")
        let wide = TextLayout.truncateMiddle("模型模型模型", toWidth: 6)
        #expect(DisplayWidth.of(wide) <= 6)
        #expect(wide.hasPrefix("模") && wide.hasSuffix("型"))
    }

    @Test func spansAddUpTheirDisplayWidths() {
        #expect([Span("ab"), Span("模型")].displayWidth == 6)
        #expect([Span]().displayWidth == 0)
    }
}
