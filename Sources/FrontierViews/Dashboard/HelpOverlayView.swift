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
        let text = entries.map { TextLayout.pad($0.keys, toWidth: keyWidth) + $0.help }
            + ["", "Mouse: click a pane or row to select it, wheel to scroll.", "Esc or ? closes this help."]
        let overlay = Overlay(title: "Keys", lines: text, maxWidth: 72, maxHeight: grid.height - 2, glyphs: context.glyphs,
                              style: theme.base, borderStyle: theme.focusedBorderStyle, titleStyle: theme.titleStyle)
        let box = overlay.render(into: &grid, area: grid.bounds)
        let inner = box.inset(by: 1)
        // Keys in the header colour, so the column reads as a list of keys.
        for (row, entry) in entries.prefix(max(0, inner.height)).enumerated() {
            grid.write(entry.keys, x: inner.x + 1, y: inner.y + row, width: min(keyWidth, max(0, inner.width - 2)),
                       ellipsis: context.glyphs.ellipsis, style: theme.headerStyle)
        }
    }
}
