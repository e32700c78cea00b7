import Testing
import TerminalGrid
@testable import NcursesBackend

@Suite struct FrameDiffTests {
    @Test func withoutAPreviousFrameEveryCellIsDrawnButContinuationsAreCovered() {
        var grid = Grid(width: 4, height: 2)
        grid.put("a漢", x: 0, y: 0)
        #expect(FrameDiff.cellsToDraw(previous: nil, next: grid) == [0, 1, 3, 4, 5, 6, 7])
    }

    @Test func anIdenticalFrameDrawsNothing() {
        var grid = Grid(width: 10, height: 3)
        grid.put("hello 漢字", x: 0, y: 1)
        #expect(FrameDiff.cellsToDraw(previous: grid, next: grid).isEmpty)
    }

    @Test func oneChangedCellDrawsOneCell() {
        let before = Grid(width: 10, height: 3)
        var after = before
        after[7, 2] = Cell("x")
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == [27])
    }

    @Test func aStyleChangeCountsAsAChange() {
        let before = Grid(width: 3, height: 1)
        var after = before
        after.applyStyle(Style(attributes: .reverse), to: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == [1])
    }

    @Test func aChangedWideGlyphIsDrawnOnceFromItsFirstCell() {
        var before = Grid(width: 6, height: 1)
        before.put("漢", x: 2, y: 0)
        var after = Grid(width: 6, height: 1)
        after.put("字", x: 2, y: 0)
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == [2])
    }

    @Test func aContinuationWhoseStyleChangedRedrawsItsGlyph() {
        var before = Grid(width: 6, height: 1)
        before.put("漢", x: 2, y: 0)
        var after = before
        after[3, 0] = .continuation(style: Style(attributes: .bold))
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == [2])
    }

    @Test func overwritingTheRightHalfOfAWideGlyphRedrawsItsLeftHalf() {
        var before = Grid(width: 6, height: 1)
        before.put("漢", x: 2, y: 0)
        var after = Grid(width: 6, height: 1)
        after.put("ab", x: 2, y: 0)
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == [2, 3])
        var onlyRight = Grid(width: 6, height: 1)
        onlyRight[3, 0] = Cell("z")
        #expect(FrameDiff.cellsToDraw(previous: before, next: onlyRight) == [2, 3])
    }

    @Test func aContinuationAtTheStartOfARowIsDrawnItself() {
        var grid = Grid(width: 3, height: 2)
        grid[0, 1] = .continuation(style: .plain)
        #expect(FrameDiff.cellsToDraw(previous: Grid(width: 3, height: 2), next: grid) == [3])
        #expect(!FrameDiff.isCovered(grid.cells, 3, column: 0))
    }

    @Test func aSizeChangeDrawsEverything() {
        let before = Grid(width: 2, height: 2)
        let after = Grid(width: 3, height: 2)
        #expect(FrameDiff.cellsToDraw(previous: before, next: after) == Array(0..<6))
    }
}
