@testable import FrontierCore
import Testing

@Suite struct ComparePlotTests {
    static let dataset = CompareTableTests.dataset
    static let index = DatasetIndex(dataset)

    static func plot(_ marked: [String], axes: ScatterAxes = ScatterAxes(), mix: TokenMix = .standard) -> ComparePlot {
        ComparePlot(dataset: dataset, index: index, marked: marked, axes: axes, mix: mix)
    }

    @Test func twoOrMoreMarkedModelsArePlottedAlone() {
        #expect(ScatterAxes.plottedModels(dataset: Self.dataset, index: Self.index, marked: ["b", "a"]).map(\.id) == ["b", "a"])
    }

    @Test func fewerThanTwoMarkedModelsPlotTheWholeField() {
        let all = Self.dataset.models.map(\.id)
        #expect(ScatterAxes.plottedModels(dataset: Self.dataset, index: Self.index, marked: ["a"]).map(\.id) == all)
        #expect(ScatterAxes.plottedModels(dataset: Self.dataset, index: Self.index, marked: []).map(\.id) == all)
        #expect(ScatterAxes.plottedModels(dataset: Self.dataset, index: Self.index, marked: ["a", "gone"]).map(\.id) == all)
    }

    @Test func theYChoicesAreTheBenchmarksThePlottedModelsHaveScoresFor() {
        #expect(Self.plot(["a", "c"]).yChoices == ["mmlu", "errors", "gpqa-diamond"])
        #expect(Self.plot(["b", "c"]).yChoices == ["mmlu", "errors", "codeforces"])
    }

    @Test func withoutAChoiceTheYAxisIsTheBenchmarkMostModelsHave() {
        let plot = Self.plot(["a", "b", "c"])
        #expect(plot.axes.y == "mmlu")
        #expect(plot.yTitle == "MMLU %")
    }

    @Test func aStaleYChoiceFallsBackInsteadOfEmptyingTheChart() {
        let plot = Self.plot(["b", "c"], axes: ScatterAxes(y: "gpqa-diamond"))
        #expect(plot.axes.y == "mmlu")
    }

    @Test func cyclingYStepsThroughTheChoicesAndWraps() {
        var axes = ScatterAxes(y: "errors")
        let marked = ["a", "c"]
        axes.cycleY(in: Self.plot(marked, axes: axes))
        #expect(axes.y == "gpqa-diamond")
        axes.cycleY(in: Self.plot(marked, axes: axes))
        #expect(axes.y == "mmlu")
    }

    @Test func cyclingXGoesBlendedInputOutputAndBack() {
        var axes = ScatterAxes()
        var seen: [PriceAxis] = []
        for _ in 0..<4 {
            seen.append(axes.x)
            axes.cycleX()
        }
        #expect(seen == [.blended, .input, .output, .blended])
    }

    @Test func theXTitleNamesTheUnitThePriceAndTheScale() {
        #expect(Self.plot(["a", "b"]).xTitle == "$ per 1M tokens, blended 3:1 (log)")
        #expect(Self.plot(["a", "b"], mix: TokenMix(input: 10, output: 1)).xTitle == "$ per 1M tokens, blended 10:1 (log)")
        #expect(Self.plot(["a", "b"], axes: ScatterAxes(x: .output)).xTitle == "$ per 1M tokens, output (log)")
    }

    @Test func pointsAreSortedByPriceWithLabelsAndTexts() {
        let plot = Self.plot(["b", "c", "a"])
        #expect(plot.points.map(\.label) == ["Alpha", "Gamma", "Beta"])
        #expect(plot.points.map(\.xText) == ["$0.48", "$0.70", "$4.38"])
        #expect(plot.points.map(\.yText) == ["88.5", "80.1", "88.5"])
    }

    @Test func theInputAxisPlotsInputPrices() {
        let plot = Self.plot(["b", "c", "a"], axes: ScatterAxes(x: .input))
        #expect(plot.points.map(\.x) == [0.27, 0.27, 2.5])
        // Equal prices: the higher score comes first.
        #expect(plot.points.map(\.id) == ["a", "c", "b"])
    }

    @Test func theFrontierIsMarkedOnThePoints() {
        let plot = Self.plot(["a", "b", "c"])
        #expect(plot.frontier.map(\.id) == ["a"])
        #expect(plot.points.filter(\.onFrontier).map(\.id) == ["a"])
    }

    @Test func modelsWithoutAPriceOrScoreAreListedAsUnplotted() {
        let plot = Self.plot(["a", "b", "c"], axes: ScatterAxes(y: "errors"))
        #expect(plot.points.map(\.id) == ["a", "b"])
        #expect(plot.unplotted == ["Gamma"])
    }

    @Test func theXRangeIsWholeDecadesWithTicksAtEach() {
        let plot = Self.plot(["a", "b", "c"])
        #expect(plot.xRange == 0.1...10)
        #expect(plot.xTicks.map(\.label) == ["$0.1", "$1", "$10"])
    }

    @Test func aSinglePriceStillGetsADecade() {
        #expect(ComparePlot.decades([10]) == 10...100)
        #expect(ComparePlot.decades([0.5]) == 0.1...1)
    }

    @Test func theYRangeRoundsToStepsAroundTheScores() {
        let (range, ticks) = ComparePlot.linearScale([49.9, 75.7, 59.1], bounds: 0...100)
        #expect(range == 40...80)
        #expect(ticks.map(\.label) == ["40", "50", "60", "70", "80"])
        let (ratings, _) = ComparePlot.linearScale([717, 2061], bounds: 0...4000)
        #expect(ratings == 500...2500)
    }

    @Test func theYRangeStaysInsideTheBenchmarkBounds() {
        let (range, _) = ComparePlot.linearScale([97, 99.5], bounds: 0...100)
        #expect(range.upperBound == 100)
        let (single, _) = ComparePlot.linearScale([100], bounds: 0...100)
        #expect(single.upperBound == 100)
        #expect(single.lowerBound < 100)
    }

    @Test func theCursorStepsAndStopsAtEitherEnd() {
        let plot = Self.plot(["a", "b", "c"])
        #expect(plot.stepCursor(0, by: 1) == 1)
        #expect(plot.stepCursor(2, by: 1) == 2)
        #expect(plot.stepCursor(0, by: -1) == 0)
        #expect(plot.stepCursor(1, by: 10) == 2)
        #expect(plot.stepCursor(99, by: -1) == 1)
        #expect(plot.point(at: 7)?.id == "b")
    }

    @Test func theCursorCanFollowAModelAcrossAnAxisChange() {
        let blended = Self.plot(["a", "b", "c"])
        let input = Self.plot(["a", "b", "c"], axes: ScatterAxes(x: .input))
        let id = blended.point(at: 1)?.id
        #expect(id == "c")
        #expect(input.cursor(of: "c") == 1)
        #expect(input.cursor(of: "gone") == nil)
    }

    @Test func anEmptyPlotHasNoCursor() {
        let empty = ComparePlot(dataset: Dataset(), index: DatasetIndex(Dataset()), marked: [], axes: ScatterAxes())
        #expect(empty.points.isEmpty)
        #expect(empty.clampedCursor(3) == nil)
        #expect(empty.stepCursor(3, by: 1) == 0)
        #expect(empty.point(at: 0) == nil)
        #expect(empty.benchmark == nil)
    }
}
