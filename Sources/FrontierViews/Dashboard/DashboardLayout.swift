import FrontierCore
import TerminalGrid

/// Where each part of the dashboard goes at a given size: header, three panes, footer.
///
/// Computed from the size, zoom and focus alone, so the runtime can measure viewports and
/// hit-test clicks with exactly the rectangles the views draw into.
public struct DashboardLayout: Hashable, Sendable {
    /// The smallest screen the dashboard draws on; below it, a notice says what is needed.
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    public var header: Rect
    public var footer: Rect
    /// Each visible pane's outer rectangle (border included); a zoomed layout has one.
    public var panes: [PaneID: Rect]
    public var tooSmall: Bool

    public init(width: Int, height: Int, zoomed: Bool, focus: PaneID) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        tooSmall = width < DashboardLayout.minimumWidth || height < DashboardLayout.minimumHeight
        guard !tooSmall else {
            header = .zero
            footer = .zero
            panes = [:]
            return
        }
        let rows = Layout.split(screen, .vertical, [.length(1), .fill(1), .length(1)])
        header = rows[0]
        footer = rows[2]
        let body = rows[1]
        if zoomed {
            panes = [focus: body]
            return
        }
        let stacked = Layout.split(body, .vertical, [.percentage(38), .fill(1)])
        let bottom = Layout.split(stacked[1], .horizontal, [.percentage(50), .fill(1)])
        panes = [.models: stacked[0], .costs: bottom[0], .news: bottom[1]]
    }

    /// The inside of a pane's border.
    public static func inner(_ pane: Rect) -> Rect {
        pane.inset(by: 1)
    }
}
