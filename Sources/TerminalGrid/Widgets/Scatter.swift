import Foundation // log10 only; the standard library has no logarithm.

/// Points on two axes, with an optional highlighted point and a polyline (such as a frontier).
///
/// With Braille each cell holds two by four dots, so points that share a cell stay apart; the
/// ASCII set falls back to one mark a cell. Points outside the axes are left out rather than
/// pinned to the edge, so the plot never shows a value where it is not; a line segment with an
/// end off the axes is left out for the same reason.
public struct Scatter: Sendable {
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var style: Style

        public init(x: Double, y: Double, style: Style = .plain) {
            self.x = x
            self.y = y
            self.style = style
        }
    }

    /// The range one axis shows.
    public enum Axis: Hashable, Sendable {
        case linear(min: Double, max: Double)
        /// Orders of magnitude; both bounds must be positive.
        case logarithmic(min: Double, max: Double)

        /// Where `value` falls on the axis, from 0 to 1, or nil when it is off the axis or invalid.
        public func fraction(of value: Double) -> Double? {
            guard value.isFinite else { return nil }
            let result: Double
            switch self {
            case let .linear(low, high):
                guard low.isFinite, high.isFinite, high > low else { return nil }
                result = (value - low) / (high - low)
            case let .logarithmic(low, high):
                guard low.isFinite, high.isFinite, low > 0, high > low, value > 0 else { return nil }
                result = (log10(value) - log10(low)) / (log10(high) - log10(low))
            }
            return (0...1).contains(result) ? result : nil
        }
    }

    public var points: [Point]
    public var xAxis: Axis
    public var yAxis: Axis
    /// The index in `points` of the point to emphasise.
    public var highlighted: Int?
    /// Laid over the highlighted point's style; keep `.reverse` so it shows without colour.
    public var highlightStyle: Style
    /// Joined in order by straight lines, drawn under the points.
    public var line: [Point]
    public var lineStyle: Style
    public var glyphs: Glyphs

    public init(
        points: [Point], xAxis: Axis, yAxis: Axis, highlighted: Int? = nil,
        highlightStyle: Style = Style(attributes: [.reverse, .bold]), line: [Point] = [],
        lineStyle: Style = .plain, glyphs: Glyphs = .unicode
    ) {
        self.points = points
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.highlighted = highlighted
        self.highlightStyle = highlightStyle
        self.line = line
        self.lineStyle = lineStyle
        self.glyphs = glyphs
    }

    /// What one cell holds while plotting.
    private struct Mark {
        var dots: UInt8 = 0
        var hasPoint = false
        var style = Style.plain
    }

    /// Draws the plot; cells with nothing plotted are left as they were.
    public func render(into grid: inout Grid, area: Rect) {
        let area = area.intersection(grid.bounds)
        guard !area.isEmpty else { return }
        let dotsAcross = glyphs.usesBraille ? 2 : 1
        let dotsDown = glyphs.usesBraille ? 4 : 1
        let canvasWidth = area.width * dotsAcross
        let canvasHeight = area.height * dotsDown
        var marks = Array(repeating: Mark(), count: area.width * area.height)

        func plot(column: Int, row: Int, style: Style, isPoint: Bool) {
            guard column >= 0, row >= 0, column < canvasWidth, row < canvasHeight else { return }
            let index = (row / dotsDown) * area.width + column / dotsAcross
            marks[index].dots |= Self.brailleBit(column: column % dotsAcross, row: row % dotsDown)
            if isPoint || !marks[index].hasPoint { marks[index].style = style }
            marks[index].hasPoint = marks[index].hasPoint || isPoint
        }
        func dot(_ point: Point) -> (column: Int, row: Int)? {
            guard let fx = xAxis.fraction(of: point.x), let fy = yAxis.fraction(of: point.y) else { return nil }
            return (Int((fx * Double(canvasWidth - 1)).rounded()),
                    Int(((1 - fy) * Double(canvasHeight - 1)).rounded()))
        }

        for (from, to) in zip(line, line.dropFirst()) {
            guard let start = dot(from), let end = dot(to) else { continue }
            let steps = max(abs(end.column - start.column), abs(end.row - start.row))
            for step in 0...steps {
                let t = steps == 0 ? 0 : Double(step) / Double(steps)
                plot(column: start.column + Int((Double(end.column - start.column) * t).rounded()),
                     row: start.row + Int((Double(end.row - start.row) * t).rounded()),
                     style: lineStyle, isPoint: false)
            }
        }
        for (index, point) in points.enumerated() where index != highlighted {
            if let position = dot(point) { plot(column: position.column, row: position.row, style: point.style, isPoint: true) }
        }
        if let highlighted, points.indices.contains(highlighted), let position = dot(points[highlighted]) {
            plot(column: position.column, row: position.row,
                 style: points[highlighted].style.patched(with: highlightStyle), isPoint: true)
        }

        for (index, mark) in marks.enumerated() where mark.dots != 0 {
            let symbol: String
            if glyphs.usesBraille {
                symbol = String(Character(Unicode.Scalar(0x2800 + UInt32(mark.dots))!))
            } else {
                symbol = String(mark.hasPoint ? glyphs.point : glyphs.line)
            }
            grid.put(symbol, x: area.x + index % area.width, y: area.y + index / area.width, maxWidth: 1,
                     style: mark.style)
        }
    }

    /// The Braille dot bit for a position in a 2x4 cell (Unicode numbers dots 1–3 and 7 down the
    /// left column, 4–6 and 8 down the right).
    private static func brailleBit(column: Int, row: Int) -> UInt8 {
        brailleBits[column][row]
    }

    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
}
