import FrontierCore
import FrontierViews
import TerminalGrid
import Testing

/// Where the header, panes and footer go, at every size the dashboard can be drawn at.
@Suite struct DashboardLayoutTests {
    static let sizes: [(Int, Int)] = {
        var generator = XorShiftGenerator(seed: 42)
        let fixed = [(60, 15), (61, 15), (60, 16), (80, 24), (120, 40), (200, 60), (1000, 300), (63, 17), (99, 33)]
        return fixed + (0..<40).map { _ in (Int.random(in: 60...400, using: &generator), Int.random(in: 15...150, using: &generator)) }
    }()

    static func body(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 1, width: width, height: height - 2)
    }

    @Test func isTooSmallExactlyBelow60x15() {
        #expect(!DashboardLayout(width: 60, height: 15, zoomed: false, focus: .models).tooSmall)
        #expect(DashboardLayout(width: 59, height: 15, zoomed: false, focus: .models).tooSmall)
        #expect(DashboardLayout(width: 60, height: 14, zoomed: false, focus: .models).tooSmall)
        #expect(DashboardLayout(width: 59, height: 14, zoomed: false, focus: .models).tooSmall)
        #expect(DashboardLayout(width: 0, height: 0, zoomed: false, focus: .models).tooSmall)
        #expect(DashboardLayout.minimumWidth == 60 && DashboardLayout.minimumHeight == 15)
    }

    @Test func aTooSmallLayoutHasNoPanes() {
        let layout = DashboardLayout(width: 59, height: 40, zoomed: true, focus: .costs)
        #expect(layout.panes.isEmpty)
        #expect(layout.header == .zero && layout.footer == .zero)
    }

    @Test(arguments: sizes.map { [$0.0, $0.1] })
    func panesTileTheBodyWithoutOverlap(_ size: [Int]) {
        let (width, height) = (size[0], size[1])
        let layout = DashboardLayout(width: width, height: height, zoomed: false, focus: .news)
        let body = Self.body(width: width, height: height)
        #expect(layout.header == Rect(x: 0, y: 0, width: width, height: 1))
        #expect(layout.footer == Rect(x: 0, y: height - 1, width: width, height: 1))
        #expect(Set(layout.panes.keys) == Set(PaneID.allCases))
        let rects = PaneID.allCases.compactMap { layout.panes[$0] }
        for rect in rects {
            #expect(rect.intersection(body) == rect, "\(rect) leaves the body \(body)")
            // Every pane can hold its border and at least one row inside it.
            #expect(rect.width >= 3 && rect.height >= 3, "\(rect) is too small for a pane")
        }
        for (index, rect) in rects.enumerated() {
            for other in rects[(index + 1)...] {
                #expect(rect.intersection(other).isEmpty, "\(rect) overlaps \(other)")
            }
        }
        #expect(rects.reduce(0) { $0 + $1.area } == body.area, "panes leave a gap in \(body)")
    }

    @Test(arguments: sizes.map { [$0.0, $0.1] })
    func modelsSpanTheTopAndCostsAndNewsShareTheBottom(_ size: [Int]) throws {
        let layout = DashboardLayout(width: size[0], height: size[1], zoomed: false, focus: .models)
        let models = try #require(layout.panes[.models])
        let costs = try #require(layout.panes[.costs])
        let news = try #require(layout.panes[.news])
        #expect(models.width == size[0])
        #expect(costs.y == models.maxY && news.y == models.maxY)
        #expect(costs.maxX == news.x)
        #expect(abs(costs.width - news.width) <= 1)
    }

    @Test(arguments: PaneID.allCases)
    func aZoomedLayoutHasTheFocusedPaneFillingTheBody(_ pane: PaneID) {
        for (width, height) in Self.sizes {
            let layout = DashboardLayout(width: width, height: height, zoomed: true, focus: pane)
            #expect(layout.panes == [pane: Self.body(width: width, height: height)])
        }
    }

    @Test func theInsideOfAPaneIsItsRectangleLessTheBorder() {
        #expect(DashboardLayout.inner(Rect(x: 3, y: 4, width: 10, height: 6)) == Rect(x: 4, y: 5, width: 8, height: 4))
    }
}
