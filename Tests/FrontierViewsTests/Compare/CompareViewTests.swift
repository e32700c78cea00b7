import Foundation
import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// The compare overlay: what it shows, how it marks the best, and that it holds at any size.
@Suite struct CompareViewTests {
    static let story = CompareFixture.storyModels
    static let tenModels = Array(CompareFixture.dataset.models.map(\.id).prefix(10))

    /// The row of the frame whose text starts, after the border, with `label`.
    static func row(_ grid: Grid, startingWith label: String) -> Int? {
        (0..<grid.height).first { grid.rowText($0).dropFirst(2).hasPrefix(label) }
    }

    /// The column where `text` starts in row `y`, counting cells.
    static func column(of text: String, in grid: Grid, row y: Int, after start: Int = 0) -> Int? {
        let line = grid.rowText(y)
        guard let range = line.range(of: text, range: line.index(line.startIndex, offsetBy: start)..<line.endIndex)
        else { return nil }
        return line.distance(from: line.startIndex, to: range.lowerBound)
    }

    @Test func theTitleCountsTheModelsCompared() {
        #expect(CompareFixture.render(width: 120, height: 40, marked: Self.story).rowText(0).hasPrefix("┌ Compare (6 models) "))
        #expect(CompareFixture.render(width: 120, height: 40, marked: ["o1"]).rowText(0).hasPrefix("┌ Compare (1 model) "))
        #expect(CompareFixture.render(width: 120, height: 40, marked: ["o1", "gone"]).rowText(0)
            .hasPrefix("┌ Compare (1 model) "))
    }

    @Test func withNothingMarkedItSaysHowToMarkModels() {
        let grid = CompareFixture.render(width: 80, height: 24, marked: [])
        #expect(grid.rowText(1).contains("Mark models with Space in the Models pane, then press c"))
        #expect(grid.rowText(0).contains("Compare (0 models)"))
    }

    @Test func eachScoreShowsWhoReportedItWhereThereIsRoom() throws {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let gpqa = try #require(Self.row(grid, startingWith: "GPQA Diamond %"))
        let text = grid.rowText(gpqa)
        #expect(text.contains("59.1 self"))
        #expect(text.contains("49.9 DeepSeek"))
        // Too narrow for names: the values stay, the reporters go.
        let narrow = CompareFixture.render(width: 80, height: 40, marked: Self.story)
        let narrowRow = try #require(Self.row(narrow, startingWith: "GPQA Diamond %"))
        #expect(narrow.rowText(narrowRow).contains("59.1     71.5"))
        #expect(!narrow.rowText(narrowRow).contains("self"))
    }

    @Test func theBestValueIsBoldAndColouredAndTheOthersAreNot() throws {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let gpqa = try #require(Self.row(grid, startingWith: "GPQA Diamond %"))
        let best = try #require(Self.column(of: "75.7", in: grid, row: gpqa))
        let other = try #require(Self.column(of: "71.5", in: grid, row: gpqa))
        #expect(grid[best, gpqa].style.attributes.contains(.bold))
        #expect(grid[best, gpqa].style.foreground == ThemeCatalog.defaultTheme.up)
        #expect(!grid[other, gpqa].style.attributes.contains(.bold))
    }

    @Test func theCheapestPriceIsTheBestOfAPriceRow() throws {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let blended = try #require(Self.row(grid, startingWith: "Blended 3:1 $/1M"))
        let cheapest = try #require(Self.column(of: "$0.48", in: grid, row: blended))
        let dearest = try #require(Self.column(of: "$26.25", in: grid, row: blended))
        #expect(grid[cheapest, blended].style.attributes.contains(.bold))
        #expect(!grid[dearest, blended].style.attributes.contains(.bold))
    }

    @Test func tiedBestValuesAreEachMarkedWithAnEqualsSign() throws {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let context = try #require(Self.row(grid, startingWith: "Context"))
        let text = grid.rowText(context)
        #expect(text.components(separatedBy: "200K=").count - 1 == 2)
        let tied = try #require(Self.column(of: "200K=", in: grid, row: context))
        #expect(grid[tied, context].style.attributes.contains(.bold))
    }

    @Test func missingValuesShowAsADash() throws {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let pro = try #require(Self.row(grid, startingWith: "MMLU-Pro %"))
        #expect(grid.rowText(pro).contains("–"))
        let ascii = CompareFixture.render(width: 120, height: 40, marked: Self.story, glyphs: .ascii)
        let asciiPro = try #require(Self.row(ascii, startingWith: "MMLU-Pro %"))
        #expect(ascii.rowText(asciiPro).contains("  -  "))
    }

    @Test func theStatusLineDescribesThePointUnderTheCursor() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, cursor: 1)
        #expect(grid.rowText(37).hasPrefix("│ DeepSeek-R1 · $0.96 blended · 71.5 · on the frontier"))
        #expect(grid.rowText(37).contains("point 2/6"))
    }

    @Test func theCursorIsClampedToThePoints() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, cursor: 99)
        #expect(grid.rowText(37).hasPrefix("│ o1 · $26.25 blended · 75.7"))
        #expect(grid.rowText(37).contains("point 6/6"))
    }

    @Test func theCursorPointIsDrawnInReverseVideoAndItsLabelSelected() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, cursor: 1)
        let reversed = grid.positionedCells.filter { $0.cell.style.attributes.contains(.reverse) }
        #expect(reversed.count == 1)
        #expect(reversed.allSatisfy { $0.cell.symbol.unicodeScalars.allSatisfy { (0x2801...0x28FF).contains($0.value) } })
        let selected = grid.positionedCells.filter { $0.cell.style == ThemeCatalog.defaultTheme.selectionStyle }
        #expect(selected.map(\.cell.symbol).joined() == "DeepSeek-R1")
    }

    @Test func theAxesAreTitledWithTheirUnits() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        #expect(grid.text.contains("$ per 1M tokens, blended 3:1 (log)"))
        #expect(grid.text.contains("GPQA Diamond %"))
        let output = CompareFixture.render(width: 120, height: 40, marked: Self.story, axes: ScatterAxes(x: .output))
        #expect(output.text.contains("$ per 1M tokens, output (log)"))
    }

    @Test func theXAxisIsLabelledAtEachDecade() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        let ticks = grid.rowText(35).split(separator: " ").filter { $0.hasPrefix("$") }
        #expect(ticks == ["$0.1", "$1", "$10", "$100"])
    }

    @Test func theKeyHintsAreOnTheLastLineInsideTheBox() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        #expect(grid.rowText(38).hasPrefix("│ Space mark · x/y axes · h/l point · Esc close"))
        var custom = Grid(width: 80, height: 24)
        CompareView.render(into: &custom, dataset: CompareFixture.dataset, projection: CompareFixture.projection,
                           marked: Self.story, axes: ScatterAxes(), cursor: 0, hints: [("v", "view")],
                           context: CompareFixture.context())
        #expect(custom.rowText(22).hasPrefix("│ v view "))
    }

    @Test func modelsThatDoNotFitAcrossAreCounted() {
        let grid = CompareFixture.render(width: 60, height: 15, marked: Self.tenModels)
        #expect(grid.rowText(1).contains("not shown"))
        #expect(grid.rowText(0).contains("Compare (10 models)"))
    }

    @Test func rowsThatDoNotFitDownAreCounted() {
        let grid = CompareFixture.render(width: 80, height: 24, marked: Self.story)
        #expect(grid.text.contains("more rows: a taller terminal shows them"))
        let tall = CompareFixture.render(width: 120, height: 40, marked: Self.story)
        #expect(!tall.text.contains("more rows"))
        #expect(tall.text.contains("best in bold"))
    }

    @Test func everySizeAndMarkingDrawsWithinTheGridAndInASCIIOnlyASCII() {
        let sizes = [(0, 0), (1, 1), (2, 2), (5, 3), (19, 6), (30, 9), (60, 15), (80, 24), (120, 40), (200, 60)]
        let markings: [[String]] = [[], ["o1"], ["o1", "deepseek-r1"], Self.tenModels]
        for (width, height) in sizes {
            for marked in markings {
                for glyphs in [Glyphs.unicode, .ascii] {
                    let grid = CompareFixture.render(width: width, height: height, marked: marked, cursor: 3, glyphs: glyphs)
                    let where_ = "\(width)x\(height), \(marked.count) marked, \(glyphs == .ascii ? "ascii" : "unicode")"
                    #expect(grid.width == width && grid.height == height, "\(where_)")
                    for y in 0..<height {
                        #expect(grid.displayWidth(ofRow: y) == width, "row \(y) at \(where_)")
                        #expect(grid.orphanContinuations(inRow: y).isEmpty, "row \(y) at \(where_)")
                    }
                    #expect(!grid.allScalars.contains(where: ForbiddenScalars.contains), "\(where_)")
                    if glyphs == .ascii {
                        #expect(grid.allScalars.allSatisfy { $0.isASCII }, "\(where_)")
                    }
                }
            }
        }
    }

    @Test func hostileNamesNeverReachTheTerminalRawNorBreakTheLayout() {
        let dataset = HostileDataset.dataset
        let projection = AppState(dataset: dataset).projection
        let marked = dataset.models.map(\.id)
        for (width, height) in [(60, 15), (80, 24), (120, 40)] {
            for cursor in 0..<3 {
                var grid = Grid(width: width, height: height)
                CompareView.render(into: &grid, dataset: dataset, projection: projection, marked: marked,
                                   axes: ScatterAxes(), cursor: cursor, context: CompareFixture.context())
                #expect(!grid.allScalars.contains { ForbiddenScalars.contains($0) }, "\(width)x\(height)")
                for y in 0..<height {
                    #expect(grid.displayWidth(ofRow: y) == width, "row \(y) at \(width)x\(height)")
                    #expect(grid.orphanContinuations(inRow: y).isEmpty, "row \(y) at \(width)x\(height)")
                }
            }
        }
    }

    @Test func aStaleBenchmarkChoiceStillDrawsAChart() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, axes: ScatterAxes(y: "no-such-benchmark"))
        let title = grid.lines.first { $0.contains("line = Pareto frontier") }
        #expect(title?.hasPrefix("│ MMLU %") == true)
    }

    /// Snapshots live in the target's one `__Snapshots__` folder, which the package excludes
    /// from the build; one beside this file would be an unhandled resource.
    static let snapshotAnchor = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("CompareSnapshots").path

    @Test func snapshotOfTheStoryModelsOnGPQAInUnicode() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, cursor: 1)
        assertTextSnapshot(grid.text, named: "compare-120x40-unicode", filePath: Self.snapshotAnchor)
    }

    @Test func snapshotOfTheStoryModelsOnGPQAInASCII() {
        let grid = CompareFixture.render(width: 120, height: 40, marked: Self.story, cursor: 1, glyphs: .ascii)
        assertTextSnapshot(grid.text, named: "compare-120x40-ascii", filePath: Self.snapshotAnchor)
    }

    @Test func snapshotAt80x24() {
        let grid = CompareFixture.render(width: 80, height: 24, marked: Self.story, cursor: 1)
        assertTextSnapshot(grid.text, named: "compare-80x24-unicode", filePath: Self.snapshotAnchor)
    }

    @Test func snapshotAt60x15() {
        let grid = CompareFixture.render(width: 60, height: 15, marked: Self.story, cursor: 1)
        assertTextSnapshot(grid.text, named: "compare-60x15-unicode", filePath: Self.snapshotAnchor)
    }
}
