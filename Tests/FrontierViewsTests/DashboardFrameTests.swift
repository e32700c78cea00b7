import FrontierCore
import FrontierViews
import TerminalGrid
import TerminalKeys
import Testing

/// Properties every frame of the default dataset must have, whatever the snapshots say.
@Suite struct DashboardFrameTests {
    /// A named way to reach a frame: a size, a glyph set and the keys pressed.
    struct Scenario: CustomStringConvertible, Sendable {
        var width: Int
        var height: Int
        var glyphs: Glyphs
        var keys: [Key] = []

        var description: String {
            "\(width)x\(height) \(glyphs == .ascii ? "ascii" : "unicode") [\(keys.map(\.label).joined(separator: " "))]"
        }

        func fixture() -> DashboardFixture {
            var fixture = DashboardFixture(width: width, height: height, glyphs: glyphs)
            fixture.press(keys)
            return fixture
        }
    }

    static let scenarios: [Scenario] = {
        let sizes = [(120, 40), (80, 24), (60, 15), (61, 16), (100, 30), (200, 60), (40, 10), (1, 1)]
        let keySequences: [[Key]] = [
            [], ["?"], [.enter], ["2", .enter], ["3", .enter], ["2", "z"], ["3", "z"],
            Array(repeating: "j", count: 15), ["3", "G"], ["2", "G"], [.tab, .pageDown, .pageDown],
        ]
        return [Glyphs.unicode, .ascii].flatMap { glyphs in
            sizes.flatMap { size in
                keySequences.map { Scenario(width: size.0, height: size.1, glyphs: glyphs, keys: $0) }
            }
        }
    }()

    /// ASCII frames big enough to hold text (a 1x1 frame shows one letter of the size notice).
    static var asciiScenarios: [Scenario] { scenarios.filter { $0.glyphs == .ascii && $0.width >= 40 } }

    // MARK: - What a user must see

    @Test func at120x40TheThreePanesAndTheDeepSeekStoryAreVisible() throws {
        let fixture = DashboardFixture(width: 120, height: 40)
        let grid = fixture.render()
        let layout = fixture.layout
        let models = try #require(layout.panes[.models])
        let costs = try #require(layout.panes[.costs])
        let news = try #require(layout.panes[.news])

        #expect(grid.text(in: models)[0].contains("1 Models"))
        #expect(grid.text(in: costs)[0].contains("2 Costs"))
        #expect(grid.text(in: news)[0].contains("3 News"))

        let costsText = grid.text(in: costs).joined(separator: "\n")
        #expect(costsText.contains("DeepSeek-V3"))
        #expect(costsText.contains("$5.58M"))
        #expect(costsText.contains("$78.4M"))
        #expect(grid.text(in: models).joined(separator: "\n").contains("DeepSeek-V3"))

        // The headline cell starts 15 columns into the pane's inside: the change gutter, the
        // one-column mark of the selected model's organization, a space, an 11-column date and a space.
        let headlines = grid.text(in: DashboardLayout.inner(news)).dropFirst().map { String($0.dropFirst(15)) }
        #expect(headlines.contains { $0.hasPrefix("DeepSeek") }, "no DeepSeek headline in \(headlines)")
    }

    @Test func at80x24TheThreePanesAreVisible() throws {
        let fixture = DashboardFixture(width: 80, height: 24)
        let grid = fixture.render()
        for pane in PaneID.allCases {
            let area = try #require(fixture.layout.panes[pane])
            #expect(grid.text(in: area)[0].contains("\(pane.number) \(pane.title)"))
            // Besides the header, the pane shows at least three rows of data.
            let rows = grid.text(in: DashboardLayout.inner(area)).dropFirst()
            #expect(rows.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 3)
        }
    }

    @Test func theSmallestUsableSizeDrawsTheDashboardAndOneLessDoesNot() {
        let smallest = DashboardFixture(width: 60, height: 15).render().text
        #expect(smallest.contains("1 Models"))
        #expect(!smallest.contains("too small"))
        for (width, height) in [(59, 15), (60, 14)] {
            let text = DashboardFixture(width: width, height: height).render().text
            #expect(text.contains("terminal too small: need 60x15"))
            #expect(text.contains("now \(width)x\(height)"))
        }
    }

    // MARK: - Invariants of every frame

    @Test(arguments: scenarios)
    func everyRowIsExactlyAsWideAsTheGrid(_ scenario: Scenario) {
        let grid = scenario.fixture().render()
        for y in 0..<grid.height {
            #expect(grid.displayWidth(ofRow: y) == grid.width, "row \(y): \(grid.rowText(y))")
            #expect(grid.orphanContinuations(inRow: y).isEmpty, "row \(y) has half a wide glyph")
        }
    }

    @Test(arguments: scenarios)
    func noCellHoldsMoreThanOneGlyph(_ scenario: Scenario) {
        let grid = scenario.fixture().render()
        for (x, y, cell) in grid.positionedCells where !cell.isContinuation {
            #expect(cell.symbol.count == 1, "cell (\(x), \(y)) holds \(cell.symbol.debugDescription)")
            #expect(DisplayWidth.of(cell.symbol) >= 1, "cell (\(x), \(y)) holds an invisible \(cell.symbol.debugDescription)")
        }
    }

    @Test(arguments: asciiScenarios)
    func asciiFramesContainOnlyASCIIScalars(_ scenario: Scenario) {
        let grid = scenario.fixture().render()
        let offenders = Set(grid.allScalars.filter { !$0.isASCII }.map { String($0) })
        #expect(offenders.isEmpty, "non-ASCII in an ASCII frame: \(offenders.sorted())")
    }

    @Test(arguments: scenarios)
    func paneBordersAreIntactWithCornersAtTheLayoutCorners(_ scenario: Scenario) {
        let fixture = scenario.fixture()
        // An overlay covers part of the panes by design; the borders are checked without it.
        guard fixture.state.overlay == nil else { return }
        let grid = fixture.render()
        for (pane, area) in fixture.layout.panes {
            let border = fixture.state.focus == pane ? scenario.glyphs.focusedBorder : scenario.glyphs.border
            let corners = [
                (area.x, area.y, border.topLeft), (area.maxX - 1, area.y, border.topRight),
                (area.x, area.maxY - 1, border.bottomLeft), (area.maxX - 1, area.maxY - 1, border.bottomRight),
            ]
            for (x, y, glyph) in corners {
                #expect(grid[x, y].symbol == String(glyph), "\(pane) corner (\(x), \(y)) is \(grid[x, y].symbol)")
            }
            for y in (area.y + 1)..<(area.maxY - 1) {
                #expect(grid[area.x, y].symbol == String(border.vertical), "\(pane) left edge, row \(y)")
                #expect(grid[area.maxX - 1, y].symbol == String(border.vertical), "\(pane) right edge, row \(y)")
            }
            for x in (area.x + 1)..<(area.maxX - 1) {
                #expect(grid[x, area.maxY - 1].symbol == String(border.horizontal), "\(pane) bottom edge, column \(x)")
            }
        }
    }
}
