import Testing
@testable import TerminalGrid

/// Rules every widget keeps, checked against all of them at once.
@Suite struct WidgetContractTests {
    /// Every widget with data that exercises wide glyphs, hostile text and odd numbers.
    private static func widgets(_ glyphs: Glyphs, text: String) -> [(name: String, draw: (inout Grid, Rect) -> Void)] {
        let columns = [
            Table.Column("Model", width: .flexible(min: 3, weight: 1), priority: 2),
            Table.Column("Cost", width: .fixed(4), alignment: .right, priority: 1),
        ]
        let items = [
            BarChart.Item(label: text, value: 5.6e6, valueLabel: "$5.6M"),
            BarChart.Item(label: "b", value: .nan, valueLabel: text),
            BarChart.Item(label: "c", value: -1),
        ]
        let points = [Scatter.Point(x: 1, y: 2), Scatter.Point(x: 1e9, y: .infinity), Scatter.Point(x: 5, y: 5)]
        return [
            ("Block", { Block(title: text, rightTitle: text, glyphs: glyphs, focused: true).render(into: &$0, area: $1) }),
            ("Table", {
                Table(columns: columns, rows: [[Span(text), "$1"], ["a"], []], selected: 1, offset: 9, glyphs: glyphs)
                    .render(into: &$0, area: $1)
            }),
            ("BarChart", {
                BarChart(items: items, scale: .logarithmic(min: 1e6, max: 1e9), glyphs: glyphs, selected: 0)
                    .render(into: &$0, area: $1)
            }),
            ("Sparkline", { Sparkline(values: [1, nil, .nan, 3, -2, 1e300], glyphs: glyphs).render(into: &$0, area: $1) }),
            ("Scatter", {
                Scatter(points: points, xAxis: .logarithmic(min: 1, max: 10), yAxis: .linear(min: 0, max: 10),
                        highlighted: 2, line: points, glyphs: glyphs).render(into: &$0, area: $1)
            }),
            ("Timeline", {
                Timeline(entries: [Timeline.Entry(date: "2025-01-20", text: text), Timeline.Entry(date: text, text: "b")],
                         glyphs: glyphs, selected: 1).render(into: &$0, area: $1)
            }),
            ("TextField", { TextField(text: text, cursor: 3, placeholder: "filter").render(into: &$0, area: $1) }),
            ("Overlay", {
                Overlay(title: text, lines: [text, "b"], maxWidth: 12, maxHeight: 6, glyphs: glyphs)
                    .render(into: &$0, area: $1)
            }),
            ("StatusLine", { StatusLine(left: [Span(text)], right: ["12 rows"], glyphs: glyphs).render(into: &$0, area: $1) }),
        ]
    }

    private static let hostile = "模型🚀 DeepSeek\u{1B}]52;c;ZXZpbA==\u{07}-V3\u{202E}\n\u{9B}2J"

    @Test func everyWidgetLeavesTheGridUntouchedInAnEmptyArea() {
        let empty = [
            Rect(x: 2, y: 1, width: 0, height: 3), Rect(x: 2, y: 1, width: 4, height: 0), Rect.zero,
            Rect(x: -5, y: -5, width: 3, height: 3), Rect(x: 50, y: 50, width: 10, height: 10),
        ]
        for widget in Self.widgets(.unicode, text: Self.hostile) {
            for area in empty {
                var grid = Grid.marked(width: 6, height: 4)
                widget.draw(&grid, area)
                #expect(grid == Grid.marked(width: 6, height: 4), "\(widget.name) in \(area)")
            }
        }
    }

    @Test func everyWidgetStaysInsideItsAreaWhateverTheSize() {
        var generator = SeededGenerator(seed: 2025)
        for _ in 0..<150 {
            let area = Rect(x: Int.random(in: -3...10, using: &generator), y: Int.random(in: -3...8, using: &generator),
                            width: Int.random(in: 0...16, using: &generator), height: Int.random(in: 0...8, using: &generator))
            let glyphs: Glyphs = Bool.random(using: &generator) ? .unicode : .ascii
            for widget in Self.widgets(glyphs, text: Self.hostile) {
                let before = Grid.marked(width: 14, height: 9)
                var grid = before
                widget.draw(&grid, area)
                for y in 0..<grid.height {
                    for x in 0..<grid.width where !area.contains(x: x, y: y) {
                        #expect(grid[x, y] == before[x, y], "\(widget.name) wrote (\(x), \(y)) outside \(area)")
                    }
                }
                #expect(grid.holdsOnlyWholeGlyphs, "\(widget.name) in \(area)")
            }
        }
    }

    @Test func everyWidgetLeavesNoHalfGlyphOverWideText() {
        var background = Grid(width: 14, height: 6)
        for y in 0..<6 { background.put("模型模型模型模型", x: y % 2, y: y) }
        #expect(background.holdsOnlyWholeGlyphs)
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<100 {
            let area = Rect(x: Int.random(in: 0...8, using: &generator), y: Int.random(in: 0...4, using: &generator),
                            width: Int.random(in: 0...9, using: &generator), height: Int.random(in: 0...4, using: &generator))
            for widget in Self.widgets(.unicode, text: Self.hostile) {
                var grid = background
                widget.draw(&grid, area)
                #expect(grid.holdsOnlyWholeGlyphs, "\(widget.name) in \(area)")
            }
        }
    }

    @Test func noWidgetLetsAControlCharacterReachACell() {
        for widget in Self.widgets(.unicode, text: Self.hostile) {
            var grid = Grid.marked(width: 30, height: 8)
            widget.draw(&grid, grid.bounds)
            let scalars = grid.cells.flatMap(\.symbol.unicodeScalars)
            #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(widget.name)")
            #expect(!scalars.contains { $0.value == 0x202E }, "\(widget.name)")
            #expect(!grid.lines.joined().contains("ZXZpbA"), "\(widget.name)")
        }
    }

    @Test func asciiGlyphsWithAsciiDataProduceOnlyAscii() {
        for widget in Self.widgets(.ascii, text: "DeepSeek-V3 and friends") {
            for size in [(30, 8), (7, 3), (3, 2)] {
                var grid = Grid(width: size.0, height: size.1)
                widget.draw(&grid, grid.bounds)
                #expect(grid.isASCII, "\(widget.name) at \(size)")
            }
        }
    }

    @Test func wideGlyphsNeverBreakABorder() {
        for width in 3...12 {
            var grid = Grid.marked(width: width, height: 4)
            let block = Block(title: "模型🚀", rightTitle: "🚀")
            block.render(into: &grid, area: grid.bounds)
            Table(columns: [Table.Column("模型", width: .flexible(min: 1, weight: 1))], rows: [["模型模型🚀🚀"]])
                .render(into: &grid, area: block.inner(grid.bounds))
            #expect(grid[0, 0].symbol == "┌" && grid[width - 1, 0].symbol == "┐", "width \(width)")
            for y in 1..<3 {
                #expect(grid[0, y].symbol == "│" && grid[width - 1, y].symbol == "│", "width \(width)")
            }
            #expect(grid.holdsOnlyWholeGlyphs, "width \(width)")
            for y in 0..<grid.height {
                #expect(DisplayWidth.of(grid.rowText(y)) == width, "width \(width) row \(y)")
            }
        }
    }
}
