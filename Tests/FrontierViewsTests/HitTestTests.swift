import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// Clicks land on the row drawn under them, and viewports measure what the panes draw.
@Suite struct HitTestTests {
    /// The models fixture scrolled so the rows drawn do not start at the first model.
    static func scrolledModels() -> DashboardFixture {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press(Array(repeating: "j", count: 15))
        return fixture
    }

    /// A row of a bar chart, as opposed to a chart's title (whose legend shows the bar glyphs too) or axis.
    static func isBarRow(_ row: String) -> Bool {
        !row.contains("(log)") && row.contains { "▏▎▍▌▋▊▉█░".contains($0) }
    }

    /// The width of a table's first column, read from where the second header title starts.
    static func firstColumnWidth(headerRow: String, secondTitle: String) throws -> Int {
        let range = try #require(headerRow.range(of: " " + secondTitle + " "))
        return headerRow.distance(from: headerRow.startIndex, to: range.lowerBound)
    }

    @Test func aClickOnAModelsRowSelectsTheModelDrawnThere() throws {
        let fixture = Self.scrolledModels()
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.models]))
        // The first three columns are the change gutter, the tick of a marked model and the gap after them.
        let rows = grid.text(in: inner).map { String($0.dropFirst(3)) }
        let nameWidth = try Self.firstColumnWidth(headerRow: rows[0], secondTitle: "Org")
        let models = DashboardFixture.dataset.models
        var clicked: [String] = []
        for line in 1..<inner.height {
            let drawnName = String(rows[line].prefix(nameWidth))
            let candidates = models.filter { TextLayout.fit($0.name, toWidth: nameWidth) == drawnName }
            let expected = try #require(candidates.count == 1 ? candidates.first : nil, "row \(line): \(drawnName)")
            let action = DashboardView.hitTest(x: inner.x + 5, y: inner.y + line, state: fixture.state)
            #expect(action == .paneClicked(.models, rowID: expected.id), "row \(line): \(drawnName)")
            clicked.append(expected.id)
        }
        // The frame is scrolled: the rows drawn are not the first ones, and the last is the selection.
        #expect(clicked.first != fixture.state.rowIDs(.models).first)
        #expect(clicked.last == fixture.state.selectedID(.models))
    }

    @Test func clickingARowAndReducingSelectsItWithoutScrolling() throws {
        var fixture = Self.scrolledModels()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.models]))
        let before = fixture.render().text(in: inner)
        let action = try #require(DashboardView.hitTest(x: inner.x + 1, y: inner.y + 3, state: fixture.state))
        fixture.send(action)
        let after = fixture.render().text(in: inner)
        #expect(after == before)
        guard case let .paneClicked(_, rowID) = action else { Issue.record("not a pane click"); return }
        #expect(fixture.state.selectedID(.models) == rowID)
    }

    @Test func aClickOnTheBorderOrTheHeaderOfModelsSelectsNoRow() throws {
        let fixture = Self.scrolledModels()
        let area = try #require(fixture.layout.panes[.models])
        let inner = DashboardLayout.inner(area)
        let nowhere: [(Int, Int)] = [
            (area.x + 4, area.y), (area.maxX - 1, area.y),          // top border and title
            (inner.x + 3, inner.y),                                // table header
            (area.x + 4, area.maxY - 1), (area.maxX - 1, area.maxY - 1), // bottom border
        ]
        for (x, y) in nowhere {
            #expect(DashboardView.hitTest(x: x, y: y, state: fixture.state) == .paneClicked(.models, rowID: nil), "(\(x), \(y))")
        }
    }

    @Test func aClickOnTheSideBorderOfATablePaneSelectsNoRow() throws {
        // `Action.paneClicked` promises nil on a border, as the costs pane already does.
        let fixture = Self.scrolledModels()
        let area = try #require(fixture.layout.panes[.models])
        let costs = try #require(fixture.layout.panes[.costs])
        #expect(DashboardView.hitTest(x: costs.x, y: costs.y + 3, state: fixture.state) == .paneClicked(.costs, rowID: nil))
        #expect(DashboardView.hitTest(x: area.x, y: area.y + 3, state: fixture.state) == .paneClicked(.models, rowID: nil))
        #expect(DashboardView.hitTest(x: area.maxX - 1, y: area.y + 3, state: fixture.state) == .paneClicked(.models, rowID: nil))
    }

    @Test func clicksOutsideEveryPaneMeanNothing() {
        let fixture = DashboardFixture(width: 120, height: 40)
        #expect(DashboardView.hitTest(x: 10, y: 0, state: fixture.state) == nil)
        #expect(DashboardView.hitTest(x: 10, y: 39, state: fixture.state) == nil)
        #expect(DashboardView.hitTest(x: 500, y: 5, state: fixture.state) == nil)
        let tiny = DashboardFixture(width: 40, height: 10)
        #expect(DashboardView.hitTest(x: 5, y: 5, state: tiny.state) == nil)
    }

    @Test func aClickOnACostsBarSelectsThatBar() throws {
        let fixture = DashboardFixture(width: 120, height: 40)
        let grid = fixture.render()
        let area = try #require(fixture.layout.panes[.costs])
        let inner = DashboardLayout.inner(area)
        let chart = fixture.state.projection.costs
        let labels = Dictionary(uniqueKeysWithValues: chart.training.map { ($0.id, $0.label) } + chart.prices.map { ($0.id, $0.label) })
        var hits = 0
        for y in inner.y..<inner.maxY {
            let row = grid.text(in: Rect(x: inner.x, y: y, width: inner.width, height: 1))[0]
            let action = DashboardView.hitTest(x: inner.x + 2, y: y, state: fixture.state)
            guard case let .paneClicked(pane, rowID)? = action else { Issue.record("row \(y): \(String(describing: action))"); continue }
            #expect(pane == .costs)
            let isBar = Self.isBarRow(row)
            if let rowID {
                hits += 1
                let label = try #require(labels[rowID])
                // The label follows the change gutter and a one-column mark of the selected model's organization.
                let drawn = TextLayout.fit(label, toWidth: 17)
                #expect(row.dropFirst(2).hasPrefix(drawn), "row \(y) '\(row)' is not \(label)")
                #expect(isBar, "row \(y) '\(row)' has no bar but hit \(rowID)")
            } else {
                #expect(!isBar, "row \(y) '\(row)' has a bar but hit no row")
            }
        }
        #expect(hits > 10)
        let deepSeek = "training:deepseek-v3-final-run"
        let y = try #require((inner.y..<inner.maxY).first { grid.rowText($0).contains("DeepSeek-V3       ██") })
        #expect(DashboardView.hitTest(x: inner.x, y: y, state: fixture.state) == .paneClicked(.costs, rowID: deepSeek))
    }

    @Test func aClickInTheNewsPaneSelectsTheHeadlineDrawnThere() throws {
        var fixture = DashboardFixture(width: 120, height: 40)
        fixture.press("3", "G")
        let grid = fixture.render()
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.news]))
        let rows = grid.text(in: inner)
        let headlineStart = try #require(rows[0].range(of: "Headline")).lowerBound
        let offset = rows[0].distance(from: rows[0].startIndex, to: headlineStart)
        let headlineWidth = try Self.firstColumnWidth(headerRow: String(rows[0].dropFirst(offset)), secondTitle: "Orgs")
        for line in 1..<inner.height {
            let action = DashboardView.hitTest(x: inner.x + 20, y: inner.y + line, state: fixture.state)
            guard case let .paneClicked(.news, rowID?)? = action else { Issue.record("row \(line): \(String(describing: action))"); continue }
            let item = try #require(DashboardFixture.dataset.news.first { $0.id == rowID })
            let drawn = String(rows[line].dropFirst(offset).prefix(headlineWidth))
            #expect(TextLayout.fit(item.headline, toWidth: headlineWidth) == drawn)
        }
        // Scrolled to the end, the last row drawn is the last news item.
        let last = DashboardView.hitTest(x: inner.x + 1, y: inner.maxY - 1, state: fixture.state)
        #expect(last == .paneClicked(.news, rowID: fixture.state.rowIDs(.news).last))
    }

    @Test(arguments: [[120, 40], [80, 24], [60, 15], [100, 80], [200, 120], [70, 20]])
    func viewportRowsEqualTheDataRowsTheTablesDraw(_ size: [Int]) throws {
        for zoomed in [false, true] {
            for pane in [PaneID.models, .news] {
                var fixture = DashboardFixture(width: size[0], height: size[1])
                fixture.press(focusing: pane)
                if zoomed { fixture.press("z") }
                let rows = try #require(DashboardView.viewportRows(fixture.state)[pane])
                let inner = DashboardLayout.inner(try #require(fixture.layout.panes[pane]))
                let drawn = fixture.render().text(in: inner).dropFirst()
                    .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
                #expect(drawn == min(rows, fixture.state.rowIDs(pane).count), "\(pane) at \(size) zoomed \(zoomed)")
                #expect(rows == inner.height - 1)
            }
        }
    }

    @Test(arguments: [[120, 40], [80, 24], [60, 15], [200, 120]])
    func costsViewportIsTheTallerChartsBarRows(_ size: [Int]) throws {
        let fixture = DashboardFixture(width: size[0], height: size[1])
        let rows = try #require(DashboardView.viewportRows(fixture.state)[.costs])
        let inner = DashboardLayout.inner(try #require(fixture.layout.panes[.costs]))
        let lines = fixture.render().text(in: inner)
        // Bar rows of each chart are the contiguous runs of rows with a bar glyph in them.
        var runs: [Int] = []
        var current = 0
        for line in lines {
            if Self.isBarRow(line) { current += 1 } else if current > 0 {
                runs.append(current)
                current = 0
            }
        }
        if current > 0 { runs.append(current) }
        #expect(runs.count == 2)
        #expect(runs.max() == rows)
    }
}
