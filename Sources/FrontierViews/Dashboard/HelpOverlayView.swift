import FrontierCore
import TerminalGrid

/// The `?` overlay: every key binding with its help text, generated from the binding table.
enum HelpOverlayView {
    static func lines() -> [(keys: String, help: String)] {
        KeyBindings.table.map { (KeyBindings.keysText($0), $0.help) }
    }

    static func render(into grid: inout Grid, state: AppState, context: RenderContext) {
        let theme = context.theme
        let entries = lines()
        let keyWidth = (entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2
        // Keys in the header colour, so the column reads as a list of keys.
        var text: [[Span]] = entries.map { [Span(TextLayout.pad($0.keys, toWidth: keyWidth), style: theme.headerStyle),
                                            Span($0.help)] }
        text += [[Span("Mouse: click a pane or row to select it, wheel to scroll.", style: theme.dimStyle)],
                 [Span("Esc or ? closes this help.", style: theme.dimStyle)]]
        ScrolledBox.render(title: "Keys", lines: text, offset: state.overlayOffset, maxWidth: 72, fitToText: true,
                           into: &grid, context: context)
    }
}
