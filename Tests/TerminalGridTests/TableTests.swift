import Testing
@testable import TerminalGrid

@Suite struct TableTests {
    private let columns = [
        Table.Column("Name", width: .flexible(min: 4, weight: 1), priority: 2),
        Table.Column("Cost", width: .fixed(5), alignment: .right, priority: 1),
    ]
    private let rows: [[Span]] = [["GPT-4o", "$2.50"], ["DeepSeek-V3", "$0.27"], ["Llama", "–"]]

    @Test func headerAndRowsAreLaidOutInColumns() {
        var grid = Grid.marked(width: 14, height: 5)
        Table(columns: columns, rows: rows).render(into: &grid, area: Rect(x: 0, y: 0, width: 14, height: 4))
        #expect(grid.lines == [
            "Name      Cost",
            "GPT-4o   $2.50",
            "DeepSee… $0.27",
            "Llama        –",
            "xxxxxxxxxxxxxx",
        ])
        #expect(grid[0, 0].style.attributes.contains(.bold))
    }

    @Test func selectedRowIsReversedAcrossTheWholeWidth() {
        var grid = Grid.marked(width: 14, height: 4)
        Table(columns: columns, rows: rows, selected: 1).render(into: &grid, area: grid.bounds)
        for x in 0..<14 {
            #expect(grid[x, 2].style.attributes.contains(.reverse))
            #expect(!grid[x, 1].style.attributes.contains(.reverse))
        }
    }

    @Test func cellKeepsItsOwnStyle() {
        let dim = Style(attributes: .dim)
        var grid = Grid.marked(width: 14, height: 2)
        Table(columns: columns, rows: [["a", Span("–", style: dim)]], selected: 0).render(into: &grid, area: grid.bounds)
        #expect(grid[13, 1].style.attributes == [.dim, .reverse])
    }

    @Test func lowestPriorityColumnIsDroppedRatherThanSqueezed() {
        var grid = Grid.marked(width: 9, height: 2)
        Table(columns: columns, rows: [["DeepSeek-V3", "$0.27"]]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["Name     ", "DeepSeek…"])
    }

    @Test func columnWidthsDropByPriorityThenRightmostFirst() {
        let columns = [
            Table.Column("a", width: .fixed(3), priority: 1),
            Table.Column("b", width: .fixed(3), priority: 0),
            Table.Column("c", width: .fixed(3), priority: 1),
            Table.Column("d", width: .fixed(3), priority: 0),
        ]
        #expect(Table.columnWidths(columns, width: 15) == [3, 3, 3, 3])
        #expect(Table.columnWidths(columns, width: 14) == [3, 3, 3, nil])
        #expect(Table.columnWidths(columns, width: 10) == [3, nil, 3, nil])
        #expect(Table.columnWidths(columns, width: 3) == [3, nil, nil, nil])
        #expect(Table.columnWidths(columns, width: 0) == [nil, nil, nil, nil])
    }

    @Test func flexibleColumnsShareSpareWidthByWeight() {
        let columns = [
            Table.Column("a", width: .flexible(min: 2, weight: 1)),
            Table.Column("b", width: .fixed(4)),
            Table.Column("c", width: .flexible(min: 2, weight: 3)),
        ]
        #expect(Table.columnWidths(columns, width: 20, spacing: 1) == [4, 4, 10])
    }

    @Test func visibleRangeScrollsOnlyWhenTheSelectionWouldLeaveTheView() {
        #expect(Table.visibleRange(rowCount: 10, selected: 1, offset: 0, height: 3) == (0, 0..<3))
        #expect(Table.visibleRange(rowCount: 10, selected: 7, offset: 0, height: 3) == (5, 5..<8))
        #expect(Table.visibleRange(rowCount: 10, selected: 2, offset: 5, height: 3) == (2, 2..<5))
        #expect(Table.visibleRange(rowCount: 10, selected: 6, offset: 5, height: 3) == (5, 5..<8))
    }

    @Test func visibleRangeNeverScrollsPastTheEnd() {
        #expect(Table.visibleRange(rowCount: 10, selected: nil, offset: 20, height: 3) == (7, 7..<10))
        #expect(Table.visibleRange(rowCount: 2, selected: 1, offset: 1, height: 5) == (0, 0..<2))
        #expect(Table.visibleRange(rowCount: 0, selected: 0, offset: 3, height: 5) == (0, 0..<0))
        #expect(Table.visibleRange(rowCount: 5, selected: 3, offset: -4, height: 0) == (0, 0..<0))
    }

    @Test func tableScrollsToShowTheSelectedRow() {
        let rows: [[Span]] = (0..<10).map { [Span("row \($0)")] }
        var grid = Grid.marked(width: 6, height: 3)
        Table(columns: [Table.Column("#", width: .flexible(min: 1, weight: 1))], rows: rows, selected: 8)
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["#     ", "row 7 ", "row 8 "])
    }

    @Test func wideTextNeverSpillsIntoTheNextColumn() {
        let columns = [Table.Column("名", width: .fixed(5)), Table.Column("#", width: .fixed(2))]
        var grid = Grid.marked(width: 8, height: 3)
        Table(columns: columns, rows: [["模型模型", "ab"], ["🚀🚀🚀", "cd"]]).render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["名    # ", "模型… ab", "🚀🚀… cd"])
    }

    @Test func cellTextFromDataIsSanitized() {
        var grid = Grid.marked(width: 6, height: 2)
        Table(columns: [Table.Column("n", width: .fixed(6))], rows: [["a\u{1B}[2Jb\nc"]])
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["n     ", "ab c  "])
    }

    @Test func asciiTableCutsWithThreeDots() {
        var grid = Grid.marked(width: 6, height: 2)
        Table(columns: [Table.Column("n", width: .fixed(6))], rows: [["DeepSeek"]], glyphs: .ascii)
            .render(into: &grid, area: grid.bounds)
        #expect(grid.lines == ["n     ", "Dee..."])
    }
}
