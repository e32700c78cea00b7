import Testing
@testable import TerminalGrid

@Suite struct LayoutTests {
    private let area = Rect(x: 2, y: 1, width: 100, height: 30)

    private func widths(_ constraints: [Constraint], width: Int = 100, spacing: Int = 0) -> [Int] {
        Layout.split(Rect(x: 0, y: 0, width: width, height: 1), .horizontal, constraints, spacing: spacing)
            .map(\.width)
    }

    @Test func noConstraintsGiveNoRectangles() {
        #expect(Layout.split(area, .horizontal, []).isEmpty)
    }

    @Test func horizontalSplitKeepsRowsAndPlacesPartsSideBySide() {
        let parts = Layout.split(area, .horizontal, [.length(10), .fill(1)])
        #expect(parts == [Rect(x: 2, y: 1, width: 10, height: 30), Rect(x: 12, y: 1, width: 90, height: 30)])
    }

    @Test func verticalSplitStacksHeaderBodyAndFooter() {
        let parts = Layout.split(area, .vertical, [.length(1), .fill(1), .length(1)])
        #expect(parts == [
            Rect(x: 2, y: 1, width: 100, height: 1),
            Rect(x: 2, y: 2, width: 100, height: 28),
            Rect(x: 2, y: 30, width: 100, height: 1),
        ])
    }

    @Test func percentagesAreTakenOfTheWhole() {
        #expect(widths([.percentage(30), .percentage(70)]) == [30, 70])
        #expect(widths([.percentage(25), .fill(1)], width: 10) == [2, 8])
    }

    @Test func fillsShareTheRemainderByWeight() {
        #expect(widths([.length(10), .fill(1), .fill(2)]) == [10, 30, 60])
        #expect(widths([.fill(1), .fill(1), .fill(1)], width: 10) == [3, 3, 4])
    }

    @Test func minimumGrowsOnlyWhenNothingFills() {
        #expect(widths([.min(10), .fill(1)]) == [10, 90])
        #expect(widths([.min(10), .length(20)]) == [80, 20])
        #expect(widths([.min(10), .min(20)]) == [45, 55])
    }

    @Test func lastPartTakesLeftoverWhenNothingCanGrow() {
        #expect(widths([.length(10), .percentage(20)]) == [10, 90])
    }

    @Test func shortSpaceIsTakenFromFillsThenMinimumsThenPercentages() {
        #expect(widths([.length(4), .percentage(50), .min(3), .fill(1)], width: 10) == [4, 5, 1, 0])
        #expect(widths([.length(4), .percentage(50), .min(3)], width: 6) == [4, 2, 0])
        #expect(widths([.length(4), .length(4), .percentage(50)], width: 6) == [4, 2, 0])
    }

    @Test func spacingSitsBetweenPartsButNotAtTheEdges() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 20, height: 1), .horizontal,
                                 [.fill(1), .fill(1)], spacing: 2)
        #expect(parts.map(\.x) == [0, 11])
        #expect(parts.map(\.width) == [9, 9])
    }

    @Test func spacingNarrowsWhenTheGapsAloneWouldNotFit() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 5, height: 1), .horizontal,
                                 [.fill(1), .fill(1), .fill(1)], spacing: 10)
        #expect(parts.map(\.x) == [0, 2, 4])
        #expect(parts.map(\.width) == [0, 0, 1])
    }

    @Test func zeroSizedRectangleGivesZeroSizedParts() {
        let parts = Layout.split(Rect(x: 3, y: 4, width: 0, height: 0), .horizontal,
                                 [.length(5), .percentage(50), .min(2), .fill(1)], spacing: 1)
        #expect(parts.count == 4)
        #expect(parts.allSatisfy { $0.width == 0 && $0.height == 0 && $0.x == 3 && $0.y == 4 })
    }

    @Test func negativeAndOversizedRequestsAreClamped() {
        #expect(widths([.length(-5), .percentage(250), .fill(-3)], width: 10) == [0, 10, 0])
        #expect(widths([.percentage(-10), .fill(0)], width: 10) == [0, 10])
    }

    @Test func splitsTileTheRectangleExactlyForAnySizes() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let count = Int.random(in: 1...6, using: &generator)
            let constraints: [Constraint] = (0..<count).map { _ in
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: return .length(Int.random(in: -2...40, using: &generator))
                case 1: return .min(Int.random(in: -2...40, using: &generator))
                case 2: return .percentage(Int.random(in: -10...120, using: &generator))
                default: return .fill(Int.random(in: -1...5, using: &generator))
                }
            }
            let spacing = Int.random(in: 0...3, using: &generator)
            let direction: Direction = Bool.random(using: &generator) ? .horizontal : .vertical
            let rect = Rect(x: Int.random(in: -5...5, using: &generator), y: Int.random(in: -5...5, using: &generator),
                            width: Int.random(in: 0...120, using: &generator),
                            height: Int.random(in: 0...60, using: &generator))

            let parts = Layout.split(rect, direction, constraints, spacing: spacing)
            #expect(parts.count == count)
            #expect(parts == Layout.split(rect, direction, constraints, spacing: spacing))

            let start = direction == .horizontal ? rect.x : rect.y
            let total = direction == .horizontal ? rect.width : rect.height
            let sizes = parts.map { direction == .horizontal ? $0.width : $0.height }
            let positions = parts.map { direction == .horizontal ? $0.x : $0.y }
            #expect(sizes.allSatisfy { $0 >= 0 })
            #expect(positions.first == start)
            #expect(positions.last! + sizes.last! == start + total)
            let gaps = zip(positions.dropFirst(), zip(positions, sizes)).map { next, part in next - (part.0 + part.1) }
            #expect(Set(gaps).count <= 1)
            #expect(gaps.allSatisfy { $0 >= 0 && $0 <= spacing })
            for part in parts {
                #expect(direction == .horizontal ? part.height == rect.height && part.y == rect.y
                                                 : part.width == rect.width && part.x == rect.x)
            }
        }
    }
}
