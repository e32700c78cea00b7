import FrontierCore
import TerminalGrid

/// The top line: the name, what the dataset holds, and where it came from.
enum HeaderView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        let summary = HeaderSummary(dataset: state.dataset, origin: context.origin)
        let separator = Span(" │ ", style: theme.dimStyle)
        var left = [Span(" frontier", style: theme.headerStyle), Span(" AI industry dashboard", style: theme.dimStyle)]
        left += [context.glyphs == .ascii ? Span(" | ", style: theme.dimStyle) : separator, Span(summary.counts)]
        let right = summary.span.map { [Span($0 + " ", style: theme.dimStyle)] } ?? []
        StatusLine(left: left, right: right, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
    }
}

/// The bottom line: key hints from the binding table (or a message) and the cursor position;
/// while typing, the filter or command line itself.
enum FooterView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        if state.inputMode != .none {
            renderInput(into: &grid, area: area, state: state, context: context)
            return
        }
        var left: [Span]
        if let problem = state.dataProblem, state.message == nil {
            left = [Span(" " + problem, style: theme.errorStyle)]
        } else if let status = state.message ?? context.status {
            left = [Span(" " + status, style: theme.warningStyle)]
        } else {
            left = []
            // Help and quit first, as htop puts F1 first: on a narrow terminal the hints are cut
            // from the right, and these two must survive.
            let hints = KeyBindings.footerHints
            let first = hints.filter { ["help", "quit"].contains($0.label) }
            for hint in first + hints.filter({ !["help", "quit"].contains($0.label) }) {
                left += [Span(" " + hint.keys, style: theme.headerStyle), Span(" " + hint.label + " ", style: theme.dimStyle)]
            }
        }
        let count = state.rowIDs(state.focus).count
        let position = count == 0 ? 0 : state.selectedIndex(state.focus) + 1
        let zoom = state.zoomed ? "zoomed · " : ""
        let right = [Span("\(zoom)\(state.focus.title) \(position)/\(count) · \(state.themeName) ", style: theme.dimStyle)]
        StatusLine(left: left, right: right, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
    }
}

extension FooterView {
    /// The prompt (`/` or `:`), the line with its cursor, and on the right what it is doing.
    static func renderInput(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        let prompt: String
        var right: [Span] = []
        switch state.inputMode {
        case .command:
            prompt = ":"
            if let message = state.message { right = [Span(message + " ", style: theme.dimStyle)] }
        case let .filter(pane, _):
            prompt = "/"
            if let error = state.filterError(pane) {
                right = [Span(error + " ", style: theme.errorStyle)]
            } else {
                right = [Span("\(pane.title) \(TablePane.countText(pane, state: state)) ", style: theme.dimStyle)]
            }
        case .none:
            return
        }
        grid.fill(area, with: Cell(" ", style: theme.base))
        StatusLine(left: [Span(" " + prompt, style: theme.headerStyle)], right: right, style: theme.base, glyphs: context.glyphs)
            .render(into: &grid, area: area)
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let fieldX = area.x + 2
        let field = Rect(x: fieldX, y: area.y, width: max(0, area.maxX - fieldX - rightWidth - 1), height: 1)
        TextField(text: state.input.text, cursor: state.input.cursor, style: theme.base,
                  cursorStyle: Style(attributes: .reverse)).render(into: &grid, area: field)
    }
}

/// Shown instead of the dashboard when the terminal is smaller than the layout can use.
enum TooSmallView {
    static func render(into grid: inout Grid, width: Int, height: Int, context: RenderContext) {
        let lines = [
            "terminal too small: need \(DashboardLayout.minimumWidth)x\(DashboardLayout.minimumHeight)",
            "now \(width)x\(height) · q quits",
        ]
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextLayout.truncate(line, toWidth: width, ellipsis: context.glyphs.ellipsis)
            let x = max(0, (width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + offset, style: offset == 0 ? context.theme.warningStyle : context.theme.dimStyle)
        }
    }
}
