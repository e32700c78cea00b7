import FrontierCore
import TerminalGrid
import TerminalKeys

/// The bottom line: the pause notice, a data problem or message, where the data comes from,
/// key hints, and the cursor position; while typing, the filter or command line itself.
///
/// The parts share the line by importance: the pause notice and a problem with the data are
/// never crowded out (the problem is only cut when it alone is too long), the sources line
/// shortens itself into what is left, and key hints fill the rest. Without live sources and
/// not paused, the line is the key hints (or the message) as it always was.
enum FooterView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, context: RenderContext) {
        let theme = context.theme
        if state.inputMode != .none {
            renderInput(into: &grid, area: area, state: state, context: context)
            return
        }
        var notice: [Span] = []
        if let problem = state.dataProblem, state.message == nil {
            notice = [Span(problem, style: theme.errorStyle)]
        } else if let status = state.message ?? context.status {
            notice = [Span(status, style: theme.warningStyle)]
        }
        let count = state.rowIDs(state.focus).count
        let position = count == 0 ? 0 : state.selectedIndex(state.focus) + 1
        let zoom = state.zoomed ? "zoomed · " : ""
        let right = [Span("\(zoom)\(state.focus.title) \(position)/\(count) · \(state.themeName) ", style: theme.dimStyle)]

        if state.sources.isEmpty, !state.paused {
            let left = notice.isEmpty ? hints(theme: theme) : notice.map { Span(" " + $0.text, style: $0.style) }
            StatusLine(left: left, right: right, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
            return
        }
        // A problem with the data wins space: the position gives way before the problem is cut.
        let shortPause = state.paused ? pauseNotice(state, short: true, theme: theme) : []
        let needed = joined([shortPause, notice]).displayWidth + 1 + right.displayWidth
        let shownRight = notice.isEmpty || needed <= area.width ? right : []
        let available = area.width - shownRight.displayWidth - (shownRight.isEmpty ? 0 : 1)
        let left = liveLeft(state: state, notice: notice, available: available, context: context)
        StatusLine(left: left, right: shownRight, style: theme.base, glyphs: context.glyphs).render(into: &grid, area: area)
    }

    /// Key hints from the binding table, help and quit first: as htop puts F1 first, so that on a
    /// narrow terminal, where the hints are cut from the right, these two survive.
    static func hints(theme: Theme) -> [Span] {
        let hints = KeyBindings.footerHints
        let first = hints.filter { ["help", "quit"].contains($0.label) }
        return (first + hints.filter { !["help", "quit"].contains($0.label) }).flatMap { hint in
            [Span(" " + hint.keys, style: theme.headerStyle), Span(" " + hint.label + " ", style: theme.dimStyle)]
        }
    }

    /// The left side with live data: pause notice, problem or message, sources, then whole hints.
    ///
    /// The pause notice keeps its long form (it says how to resume) unless it and the problem
    /// do not fit together; the sources take what the two leave.
    private static func liveLeft(state: AppState, notice: [Span], available: Int, context: RenderContext) -> [Span] {
        let theme = context.theme
        var pause: [Span] = []
        if state.paused {
            pause = pauseNotice(state, short: false, theme: theme)
            if joined([pause, notice]).displayWidth > available { pause = pauseNotice(state, short: true, theme: theme) }
        }
        let sources = SourcesLine(sources: state.sources, now: context.now, theme: theme, glyphs: context.glyphs)
        let before = joined([pause, notice])
        let fitted = sources.fitted(to: available - before.displayWidth - (before.isEmpty ? 1 : gap.text.count))
        var left = joined([pause, notice, fitted.spans])
        guard notice.isEmpty else { return left }
        // Only whole hints: a cut one beside the sources would read as part of them.
        var room = available - left.displayWidth - 1
        var shownHints: [Span] = []
        let pairs = hints(theme: theme)
        for index in stride(from: 0, to: pairs.count - 1, by: 2) {
            let width = [pairs[index], pairs[index + 1]].displayWidth
            guard width <= room else { break }
            shownHints += [pairs[index], pairs[index + 1]]
            room -= width
        }
        if !shownHints.isEmpty { left += [Span(" ")] + shownHints }
        return left
    }

    private static let gap = Span("  ")

    /// The parts that are not empty, after a leading space and with a gap between them.
    private static func joined(_ parts: [[Span]]) -> [Span] {
        parts.filter { !$0.isEmpty }.reduce(into: []) { line, part in line += (line.isEmpty ? [Span(" ")] : [gap]) + part }
    }

    /// `paused · 3 changes waiting (p applies)`: records new or changed since the screen stopped, or `paused · 3 waiting` when short of room.
    static func pauseNotice(_ state: AppState, short: Bool, theme: Theme) -> [Span] {
        let key = KeyBindings.label(of: .togglePause) ?? "p"
        let count = state.waitingUpdates
        let text: String
        switch (count, short) {
        case (0, false): text = "paused (\(key) resumes)"
        case (0, true): text = "paused"
        case (_, false): text = "paused · \(count) change\(count == 1 ? "" : "s") waiting (\(key) applies)"
        case (_, true): text = "paused · \(count) waiting"
        }
        return [Span(text, style: theme.warningStyle)]
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

