import Testing
@testable import TerminalGrid

@Suite struct GridDiffTests {
    private func grid(_ rows: [String], width: Int) -> Grid {
        var grid = Grid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y) }
        return grid
    }

    @Test func identicalGridsHaveNoChanges() {
        let frame = grid(["hello", "模型 🚀"], width: 8)
        #expect(frame.changes(from: frame).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let before = grid(["hello", "world"], width: 5)
        var after = before
        after[2, 1] = Cell("R")
        #expect(after.changes(from: before) == [CellRun(x: 2, y: 1, cells: [Cell("R")])])
    }

    @Test func styleChangeAloneIsAChange() {
        let before = grid(["abc"], width: 3)
        var after = before
        after.applyStyle(Style(attributes: .reverse), to: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(after.changes(from: before) == [CellRun(x: 1, y: 0, cells: [after[1, 0]])])
    }

    @Test func neighbouringChangesJoinIntoOneRunAndSeparatedOnesDoNot() {
        let before = grid(["abcdef"], width: 6)
        let after = grid(["aXYdeZ"], width: 6)
        #expect(after.changes(from: before) == [
            CellRun(x: 1, y: 0, cells: [Cell("X"), Cell("Y")]),
            CellRun(x: 5, y: 0, cells: [Cell("Z")]),
        ])
    }

    @Test func changedWideGlyphBringsItsContinuation() {
        let before = grid(["a模b"], width: 4)
        let after = grid(["a型b"], width: 4)
        #expect(after.changes(from: before) == [
            CellRun(x: 1, y: 0, cells: [Cell("型"), .continuation(style: .plain)]),
        ])
    }

    @Test func changedContinuationAloneStartsTheRunOnItsGlyph() {
        let before = grid(["a模b"], width: 4)
        var after = before
        after[2, 0] = .continuation(style: Style(attributes: .bold))
        let runs = after.changes(from: before)
        #expect(runs == [CellRun(x: 1, y: 0, cells: [Cell("模"), .continuation(style: Style(attributes: .bold))])])
    }

    @Test func narrowGlyphReplacingAWideOneRewritesBothCells() {
        let before = grid(["🚀"], width: 2)
        let after = grid(["ab"], width: 2)
        #expect(after.changes(from: before) == [CellRun(x: 0, y: 0, cells: [Cell("a"), Cell("b")])])
    }

    @Test func runNeverStartsOnAContinuation() {
        let before = grid(["模型模型", "🚀x🚀y"], width: 8)
        let after = grid(["模x模型", "🚀y🚀x"], width: 8)
        for run in after.changes(from: before) {
            #expect(run.cells.first?.isContinuation == false)
            let next = run.x + run.cells.count
            #expect(next >= after.width || !after[next, run.y].isContinuation)
        }
    }

    @Test func differentSizesRepaintEverything() {
        let before = grid(["ab"], width: 2)
        let after = grid(["ab", "cd"], width: 2)
        #expect(after.changes(from: before) == [
            CellRun(x: 0, y: 0, cells: [Cell("a"), Cell("b")]),
            CellRun(x: 0, y: 1, cells: [Cell("c"), Cell("d")]),
        ])
    }

    @Test func emptyGridHasNoChanges() {
        #expect(Grid(width: 0, height: 0).changes(from: Grid(width: 3, height: 3)).isEmpty)
    }

    @Test func overwritingOnlyTheRightHalfOfAWideGlyphRedrawsFromItsLeftHalf() {
        var before = Grid(width: 6, height: 1)
        before.put("漢", x: 2, y: 0)
        var after = before
        // Written through the subscript, which keeps no wide-glyph invariant: the left half stays.
        after[3, 0] = Cell("z")
        #expect(after.changes(from: before).map(\.x) == [2])
        #expect(after.changes(from: before).first?.cells.count == 2)
    }

    @Test func aContinuationWhoseStyleChangedRedrawsItsGlyph() {
        var before = Grid(width: 6, height: 1)
        before.put("漢", x: 2, y: 0)
        var after = before
        after[3, 0] = .continuation(style: Style(attributes: .bold))
        let runs = after.changes(from: before)
        #expect(runs.map(\.x) == [2])
        #expect(runs.first?.cells.first?.symbol == "漢")
    }
}
