import FrontierCore
import FrontierViews
import TerminalGrid
import TerminalKeys
import Testing

/// Focus and selection stay visible with colour stripped, in every theme.
@Suite struct ThemeRenderingTests {
    static func theme(_ name: String) throws -> Theme {
        try #require(ThemeCatalog.builtIn.theme(named: name))
    }

    /// The cells of one row inside a pane, between its side borders.
    static func rowCells(_ grid: Grid, inner: Rect, line: Int) -> [Cell] {
        (inner.x..<inner.maxX).map { grid[$0, inner.y + line] }
    }

    @Test func monoDrawsEveryCellInTheTerminalsOwnColours() throws {
        for keys in [[], ["?"], [.enter], ["2", "z"]] as [[Key]] {
            var fixture = DashboardFixture(width: 120, height: 40, theme: try Self.theme("mono"))
            fixture.press(keys)
            let grid = fixture.render()
            #expect(grid.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default }, "\(keys)")
        }
    }

    @Test func monoShowsTheSelectedRowInReverse() throws {
        let fixture = DashboardFixture(width: 120, height: 40, theme: try Self.theme("mono"))
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.models]))
        #expect(Self.rowCells(grid, inner: inner, line: 1).allSatisfy { $0.style.attributes.contains(.reverse) })
        for line in [0, 2, 3] {
            #expect(Self.rowCells(grid, inner: inner, line: line).allSatisfy { !$0.style.attributes.contains(.reverse) }, "line \(line)")
        }
    }

    @Test func monoShowsTheFocusedBorderInBoldAndTheOthersPlain() throws {
        var fixture = DashboardFixture(width: 120, height: 40, theme: try Self.theme("mono"))
        for focus in PaneID.allCases {
            fixture.press(focusing: focus)
            let grid = fixture.render()
            for (pane, area) in fixture.layout.panes {
                let edge = [(area.x, area.y), (area.maxX - 1, area.y + 1), (area.x, area.maxY - 1), (area.x + area.width / 2, area.maxY - 1)]
                for (x, y) in edge {
                    #expect(grid[x, y].style.attributes.contains(.bold) == (pane == focus), "\(pane) border with \(focus) focused")
                }
            }
        }
    }

    @Test func monoShowsTheSelectionOfAnUnfocusedPaneUnderlined() throws {
        let fixture = DashboardFixture(width: 120, height: 40, theme: try Self.theme("mono"))
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.news]))
        let selected = Self.rowCells(grid, inner: inner, line: 1)
        #expect(selected.allSatisfy { $0.style.attributes.contains(.underline) && !$0.style.attributes.contains(.reverse) })
    }

    @Test(arguments: ThemeCatalog.builtIn.names)
    func theSelectedRowDiffersFromItsNeighboursWithoutColour(_ name: String) throws {
        let theme = try Self.theme(name)
        let fixture = DashboardFixture(width: 120, height: 40, theme: theme)
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.models]))
        let selected = Self.rowCells(grid, inner: inner, line: 1)
        let unselected = Self.rowCells(grid, inner: inner, line: 2)
        // Every cell of the selected row, blanks included, carries an attribute its neighbour below lacks.
        for (column, (mine, other)) in zip(selected, unselected).enumerated() {
            let extra = mine.style.attributes.subtracting(other.style.attributes)
            #expect(!extra.isEmpty, "\(name): column \(column) of the selected row looks unselected without colour")
        }
    }

    @Test(arguments: ThemeCatalog.builtIn.names)
    func theWholeSelectedRowCarriesTheSelectionLook(_ name: String) throws {
        let theme = try Self.theme(name)
        for pane in [PaneID.models, .news] {
            var fixture = DashboardFixture(width: 120, height: 40, theme: theme)
            fixture.press(focusing: pane)
            let grid = fixture.render()
            let inner = DashboardLayout.inner(try #require(fixture.layout.panes[pane]))
            let unmarked = Self.rowCells(grid, inner: inner, line: 1).enumerated().filter { _, cell in
                !cell.style.attributes.contains(.reverse) && cell.style.background != theme.selection
            }.map(\.offset)
            #expect(unmarked.isEmpty, "\(name) \(pane): columns \(unmarked) of the selected row lack the selection look")
        }
    }

    @Test(arguments: ThemeCatalog.builtIn.names)
    func theFocusedBorderIsBoldInEveryTheme(_ name: String) throws {
        let fixture = DashboardFixture(width: 120, height: 40, theme: try Self.theme(name))
        let grid = fixture.render()
        let models = try #require(fixture.layout.panes[.models])
        let costs = try #require(fixture.layout.panes[.costs])
        #expect(grid[models.x, models.y + 1].style.attributes.contains(.bold))
        #expect(!grid[costs.x, costs.y + 1].style.attributes.contains(.bold))
    }

    @Test(arguments: ThemeCatalog.builtIn.themes.filter { $0.background != .default }.map(\.name))
    func aThemeWithItsOwnBackgroundPaintsEveryCell(_ name: String) throws {
        let theme = try Self.theme(name)
        for keys in [[], ["?"], ["2", "z"]] as [[Key]] {
            var fixture = DashboardFixture(width: 100, height: 30, theme: theme)
            fixture.press(keys)
            let grid = fixture.render()
            #expect(grid.cells.allSatisfy { $0.style.background != .default && $0.style.foreground != .default }, "\(name) \(keys)")
        }
    }
}
