import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// The Enter overlay: a model card, a training cost and a news item, complete and wrapped.
@Suite struct DetailOverlayTests {
    /// Opens the detail of the row `id` in `pane` the way a user does: focus, move, Enter.
    static func open(_ pane: PaneID, _ id: String, width: Int, height: Int) -> DashboardFixture {
        var fixture = DashboardFixture(width: width, height: height)
        fixture.press(focusing: pane)
        fixture.moveSelection(to: id)
        fixture.press(.enter)
        return fixture
    }

    /// The overlay's text area: the box is centred, at most 100 columns wide, one row clear of
    /// the top and bottom, with a border and a column of padding on each side.
    static func textLines(_ grid: Grid) -> [String] {
        let width = min(grid.width - 4, 100)
        let height = grid.height - 2
        let box = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        return grid.text(in: box.inset(top: 1, left: 2, bottom: 1, right: 2)).map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// All the words of the text area in order, so wrapped text can be searched as one string.
    static func words(_ lines: [String]) -> String {
        lines.flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static var deepSeekV3: Model {
        DashboardFixture.dataset.models.first { $0.id == "deepseek-v3" }!
    }

    @Test func theModelCardListsEveryScoreOfTheModel() throws {
        let fixture = Self.open(.models, "deepseek-v3", width: 120, height: 120)
        #expect(fixture.state.overlay == .detail(.models, "deepseek-v3"))
        let lines = Self.textLines(fixture.render())
        // Tall enough that nothing scrolls: the title offers Esc instead of a position.
        #expect(fixture.render().rowText(1).contains("Esc closes"))
        let start = try #require(lines.firstIndex { $0.hasPrefix("Benchmark scores") })
        let end = try #require(lines[(start + 1)...].firstIndex { $0.isEmpty })
        let labelled = lines[(start + 1)..<end].map { String($0.prefix(DetailOverlayLabel.width)) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let model = Self.deepSeekV3
        #expect(labelled.count == model.scores.count)
        let benchmarks = Dictionary(uniqueKeysWithValues: DashboardFixture.dataset.benchmarks.map { ($0.id, $0.name) })
        let expected = model.scores.map { DetailOverlayLabel.fitted(benchmarks[$0.benchmark] ?? $0.benchmark) }
        #expect(labelled == expected)
        #expect(model.scores.count >= 10)
    }

    @Test func theModelCardShowsThe671BParametersAndThe685BNote() {
        let fixture = Self.open(.models, "deepseek-v3", width: 120, height: 120)
        let lines = Self.textLines(fixture.render())
        let text = Self.words(lines)
        #expect(lines.contains { $0.hasPrefix("Parameters") && $0.contains("671B total, 37B active per token") })
        #expect(text.contains("685B"))
        #expect(text.contains("685 billion parameters"))
        let note = Self.deepSeekV3.notes.first { $0.text.contains("685B") }
        #expect(note.map { text.contains(Self.normalized($0.text)) } == true, "the 685B note is not shown in full")
    }

    @Test func scrollingTheModelCardReachesItsLastLine() throws {
        let tall = Self.textLines(Self.open(.models, "deepseek-v3", width: 120, height: 120).render())
        let total = tall.count - tall.reversed().prefix { $0.isEmpty }.count
        var fixture = Self.open(.models, "deepseek-v3", width: 120, height: 40)
        let first = Self.textLines(fixture.render())
        #expect(first == Array(tall.prefix(first.count)))
        #expect(fixture.render().rowText(1).contains("1–\(first.count)/\(total)"))
        fixture.press(Array(repeating: "j", count: total))
        let last = Self.textLines(fixture.render())
        #expect(last == Array(tall[(total - last.count)..<total]))
        #expect(fixture.render().rowText(1).contains("\(total - last.count + 1)–\(total)/\(total)"))
    }

    @Test func theDeepSeekV3TrainingDetailShowsItsMethodAndSource() throws {
        let run = try #require(DashboardFixture.dataset.training.first { $0.model == "deepseek-v3" })
        let fixture = Self.open(.costs, CostsChart.trainingPrefix + run.id, width: 120, height: 60)
        #expect(fixture.state.overlay == .detail(.costs, CostsChart.trainingPrefix + run.id))
        let grid = fixture.render()
        let lines = Self.textLines(grid)
        let text = Self.words(lines)
        #expect(grid.rowText(1).contains("Training · DeepSeek-V3"))
        #expect(lines.contains { $0.hasPrefix("Cost") && $0.contains("$5.58M") })
        #expect(lines.contains("Method"))
        #expect(text.contains(Self.normalized(try #require(run.method))))
        #expect(lines.contains("Source"))
        let ref = try #require(run.provenance?.ref)
        let source = try #require(DashboardFixture.dataset.sources.first { $0.id == ref })
        #expect(lines.contains { $0.hasPrefix("Source") && $0.contains("[\(ref)] " + source.name) })
        let url = try #require(source.url)
        #expect(lines.contains { $0.hasPrefix("URL") && $0.hasSuffix(url) })
    }

    @Test func aNewsDetailShowsTheFullHeadlineWrappedWithDateSourceAndURL() throws {
        let item = try #require(DashboardFixture.dataset.news.max { $0.headline.count < $1.headline.count })
        let fixture = Self.open(.news, item.id, width: 80, height: 24)
        let grid = fixture.render()
        let lines = Self.textLines(grid)
        let textWidth = min(grid.width - 4, 100) - 4
        #expect(DisplayWidth.of(item.headline) > textWidth, "the longest headline fits; pick a narrower screen")
        let headlineLines = lines.prefix { !$0.isEmpty }
        #expect(headlineLines.count >= 2)
        #expect(Self.words(Array(headlineLines)) == Self.normalized(item.headline))
        #expect(!headlineLines.contains { $0.hasSuffix("…") })
        #expect(lines.contains { $0.hasPrefix("Date") && $0.contains(item.date.description) })
        #expect(lines.contains { $0.hasPrefix("Source") && $0.contains(item.source) })
        let url = try #require(item.url)
        let urlStart = try #require(lines.firstIndex { $0.hasPrefix("URL") })
        // A URL longer than the value column is cut into pieces rather than overflowing.
        let urlText = lines[urlStart...].prefix { $0 == lines[urlStart] || $0.hasPrefix(String(repeating: " ", count: DetailOverlayLabel.width)) }
            .map { String($0.dropFirst(DetailOverlayLabel.width)) }.joined()
        #expect(urlText == url)
    }

    @Test func everyLineOfADetailFitsInsideItsBox() {
        for (pane, id) in [(PaneID.models, "deepseek-v3"), (.costs, "training:deepseek-v3-final-run"), (.news, DashboardFixture.dataset.news[0].id)] {
            for (width, height) in [(60, 15), (80, 24), (120, 40), (200, 60)] {
                let grid = Self.open(pane, id, width: width, height: height).render()
                let textWidth = min(width - 4, 100) - 4
                for line in Self.textLines(grid) {
                    #expect(DisplayWidth.of(line) <= textWidth, "\(pane) at \(width)x\(height): \(line)")
                }
            }
        }
    }

    @Test func escClosesTheDetailAndKeepsTheSelection() {
        var fixture = Self.open(.models, "deepseek-v3", width: 120, height: 40)
        fixture.press(.escape)
        #expect(fixture.state.overlay == nil)
        #expect(fixture.state.selectedID(.models) == "deepseek-v3")
        var untouched = DashboardFixture(width: 120, height: 40)
        untouched.press("1")
        untouched.moveSelection(to: "deepseek-v3")
        #expect(fixture.render() == untouched.render())
    }
}
