@testable import FrontierCore
import Testing

@Suite struct ParetoFrontierTests {
    typealias Point = ParetoFrontier.Point

    func frontierIDs(_ points: [Point]) -> [String] {
        ParetoFrontier.frontier(of: points).map(\.id)
    }

    @Test func aPointThatCostsMoreAndScoresLessIsOffTheFrontier() {
        let points = [Point(id: "cheap-good", x: 1, y: 80), Point(id: "dear-bad", x: 10, y: 70)]
        #expect(frontierIDs(points) == ["cheap-good"])
    }

    @Test func theFrontierRunsFromCheapestToDearestWithRisingScores() {
        let points = [
            Point(id: "o1", x: 26.25, y: 75.7), Point(id: "v3", x: 0.48, y: 59.1), Point(id: "r1", x: 0.96, y: 71.5),
            Point(id: "4o", x: 4.38, y: 49.9), Point(id: "sonnet", x: 6, y: 65), Point(id: "llama", x: 15, y: 51.1),
        ]
        #expect(frontierIDs(points) == ["v3", "r1", "o1"])
    }

    @Test func equalPriceWithALowerScoreIsDominated() {
        let points = [Point(id: "low", x: 5, y: 50), Point(id: "high", x: 5, y: 60)]
        #expect(frontierIDs(points) == ["high"])
    }

    @Test func equalScoreAtAHigherPriceIsDominated() {
        let points = [Point(id: "dear", x: 9, y: 60), Point(id: "cheap", x: 3, y: 60)]
        #expect(frontierIDs(points) == ["cheap"])
    }

    @Test func identicalPointsStayOnTheFrontierTogetherInInputOrder() {
        let points = [Point(id: "b", x: 2, y: 70), Point(id: "a", x: 2, y: 70), Point(id: "c", x: 1, y: 50)]
        #expect(frontierIDs(points) == ["c", "b", "a"])
    }

    @Test func identicalPointsUnderAnotherAreBothDominated() {
        let points = [Point(id: "a", x: 2, y: 60), Point(id: "b", x: 2, y: 60), Point(id: "top", x: 1, y: 70)]
        #expect(frontierIDs(points) == ["top"])
    }

    @Test func pointsWithAMissingPriceOrScoreAreLeftOut() {
        let points = [
            Point(id: "no-price", x: nil, y: 99), Point(id: "no-score", x: 0.01, y: nil),
            Point(id: "nan", x: .nan, y: 99), Point(id: "kept", x: 5, y: 40),
        ]
        #expect(frontierIDs(points) == ["kept"])
    }

    @Test func noPointsGiveAnEmptyFrontier() {
        #expect(frontierIDs([]).isEmpty)
    }

    @Test func aPointNeverDominatesItself() {
        let point = Point(id: "a", x: 1, y: 1)
        #expect(!ParetoFrontier.dominates(point, point))
    }
}
