import FrontierCore
import FrontierViews
import TerminalGrid
import TerminalKeys
import Testing

/// Data full of escape sequences, controls, bidi overrides and wide glyphs cannot break a frame.
@Suite struct HostileDataTests {
    static let fixedSizes = [(120, 40), (80, 24), (61, 15), (60, 15), (200, 50)]

    /// Random sizes from a fixed seed, so a failure names a size that repeats on every run.
    static let randomSizes: [(Int, Int)] = {
        var generator = XorShiftGenerator(seed: 0x6672_6F6E_7469_6572)
        return (0..<12).map { _ in (Int.random(in: 60...220, using: &generator), Int.random(in: 15...70, using: &generator)) }
    }()

    static let keySequences: [[Key]] = [
        [], [.enter], ["j", "j", .enter], ["2", .enter], ["2", "G", .enter], ["3", .enter], ["3", "z"], ["?"],
    ]

    static func frames(width: Int, height: Int) -> [(keys: [Key], glyphs: Glyphs, fixture: DashboardFixture, grid: Grid)] {
        keySequences.flatMap { keys in
            [Glyphs.unicode, .ascii].map { glyphs in
                var fixture = DashboardFixture(width: width, height: height, dataset: HostileDataset.dataset, glyphs: glyphs)
                fixture.press(keys)
                return (keys, glyphs, fixture, fixture.render())
            }
        }
    }

    static func check(width: Int, height: Int) {
        for frame in frames(width: width, height: height) {
            let grid = frame.grid
            let place = "\(width)x\(height) keys \(frame.keys.map(\.label))"
            for (x, y, cell) in grid.positionedCells {
                let forbidden = cell.symbol.unicodeScalars.filter(ForbiddenScalars.contains)
                #expect(forbidden.isEmpty, "\(place): cell (\(x), \(y)) holds \(cell.symbol.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            for y in 0..<grid.height {
                #expect(grid.displayWidth(ofRow: y) <= grid.width, "\(place): row \(y) is too wide: \(grid.rowText(y))")
                #expect(grid.orphanContinuations(inRow: y).isEmpty, "\(place): row \(y) has half a wide glyph")
            }
            guard frame.fixture.state.overlay == nil else { continue }
            let borderGlyphs = frame.glyphs.allBorderGlyphs
            for (pane, area) in frame.fixture.layout.panes {
                for y in area.y..<area.maxY {
                    let symbol = grid[area.maxX - 1, y].symbol
                    #expect(borderGlyphs.contains(symbol), "\(place): \(pane) right border at row \(y) is \(symbol.debugDescription)")
                }
            }
        }
    }

    @Test func theHostileDatasetReallyCarriesEveryTrap() {
        let scalars = Set(HostileDataset.payload.unicodeScalars.map(\.value))
        for value: UInt32 in [0x1B, 0x9B, 0x9D, 0x07, 0x01, 0x7F, 0x85, 0x202E, 0x2066, 0x0301, 0x200D] {
            #expect(scalars.contains(value), "payload lacks U+\(String(value, radix: 16))")
        }
        #expect(HostileDataset.dataset.news.allSatisfy { $0.headline.contains("\u{1B}[2J") })
    }

    @Test(arguments: fixedSizes.map { [$0.0, $0.1] })
    func framesAtFixedSizesStaySafe(_ size: [Int]) {
        Self.check(width: size[0], height: size[1])
    }

    @Test(arguments: randomSizes.map { [$0.0, $0.1] })
    func framesAtRandomSizesStaySafe(_ size: [Int]) {
        Self.check(width: size[0], height: size[1])
    }

    @Test func theWideGlyphsOfTheDataStillReachTheScreen() {
        let text = DashboardFixture(width: 200, height: 50, dataset: HostileDataset.dataset).render().text
        #expect(text.contains("模型"))
        #expect(text.contains("🚀"))
        #expect(!text.contains("evil\u{202C}"))
    }

    @Test func escapeSequencePayloadsDoNotLeakAsText() {
        // The sanitizer drops a whole sequence, parameters included, not just its ESC.
        let text = DashboardFixture(width: 200, height: 50, dataset: HostileDataset.dataset).render().text
        #expect(!text.contains("[2J"))
        #expect(!text.contains("0;title"))
        #expect(!text.contains("31m"))
        #expect(!text.contains("8;;evil"))
    }
}
