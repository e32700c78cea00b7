import TerminalGrid

/// Where a value lands in the cells of a scatter's plot area, for tick marks and point labels.
///
/// It mirrors how `Scatter` maps a value to a dot (a fraction of the axis, scaled to the dots
/// across and down, rounded) and then to the cell holding that dot, so a label drawn beside a
/// point sits beside the mark the widget drew, not a cell off.
struct PlotGeometry {
    var area: Rect
    var xAxis: Scatter.Axis
    var yAxis: Scatter.Axis
    var dotsAcross: Int
    var dotsDown: Int

    init(area: Rect, xAxis: Scatter.Axis, yAxis: Scatter.Axis, glyphs: Glyphs) {
        self.area = area
        self.xAxis = xAxis
        self.yAxis = yAxis
        dotsAcross = glyphs.usesBraille ? 2 : 1
        dotsDown = glyphs.usesBraille ? 4 : 1
    }

    /// The grid column of `x`, or nil when it is off the axis.
    func column(of x: Double) -> Int? {
        guard area.width > 0, let fraction = xAxis.fraction(of: x) else { return nil }
        let dot = Int((fraction * Double(area.width * dotsAcross - 1)).rounded())
        return area.x + dot / dotsAcross
    }

    /// The grid row of `y`, or nil when it is off the axis.
    func row(of y: Double) -> Int? {
        guard area.height > 0, let fraction = yAxis.fraction(of: y) else { return nil }
        let dot = Int(((1 - fraction) * Double(area.height * dotsDown - 1)).rounded())
        return area.y + dot / dotsDown
    }

    /// The cell a point is drawn in, or nil when it is off the plot.
    func cell(x: Double, y: Double) -> (x: Int, y: Int)? {
        guard let column = column(of: x), let row = row(of: y) else { return nil }
        return (column, row)
    }
}
