/// The one table that drives the keys, the `?` help overlay and the footer hints.
///
/// Because the help and the footer are generated from these rows, they cannot drift from what
/// the keys actually do.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(keys: ["Tab"], command: .focusNext, help: "focus the next pane", footer: "pane"),
        KeyBinding(keys: ["S-Tab"], command: .focusPrevious, help: "focus the previous pane"),
        KeyBinding(keys: ["1"], command: .focusModels, help: "focus Models"),
        KeyBinding(keys: ["2"], command: .focusCosts, help: "focus Costs"),
        KeyBinding(keys: ["3"], command: .focusNews, help: "focus News"),
        KeyBinding(keys: ["j", "Down"], command: .moveDown, help: "move down", footer: "move"),
        KeyBinding(keys: ["k", "Up"], command: .moveUp, help: "move up"),
        KeyBinding(keys: ["g", "Home"], command: .moveTop, help: "go to the first row"),
        KeyBinding(keys: ["G", "End"], command: .moveBottom, help: "go to the last row"),
        KeyBinding(keys: ["PgDn"], command: .pageDown, help: "page down"),
        KeyBinding(keys: ["PgUp"], command: .pageUp, help: "page up"),
        KeyBinding(keys: ["C-d"], command: .halfPageDown, help: "half a page down"),
        KeyBinding(keys: ["C-u"], command: .halfPageUp, help: "half a page up"),
        KeyBinding(keys: ["/"], command: .openFilterLine, help: "filter the focused pane with a query", footer: "filter"),
        KeyBinding(keys: ["s"], command: .cycleSort, help: "sort the focused pane by the next column", footer: "sort"),
        KeyBinding(keys: ["S"], command: .reverseSort, help: "reverse the sort"),
        KeyBinding(keys: ["f"], command: .toggleFollow, help: "News and Costs follow the selected org"),
        KeyBinding(keys: ["Space"], command: .toggleMark, help: "mark the selected model to compare", footer: "mark"),
        KeyBinding(keys: ["c"], command: .openCompare, help: "compare the marked models", footer: "compare"),
        KeyBinding(keys: ["x"], command: .cycleCompareX, help: "compare: next price axis"),
        KeyBinding(keys: ["y"], command: .cycleCompareY, help: "compare: next benchmark axis"),
        KeyBinding(keys: ["h", "Left"], command: .previousPoint, help: "compare: the cheaper point"),
        KeyBinding(keys: ["l", "Right"], command: .nextPoint, help: "compare: the dearer point"),
        KeyBinding(keys: ["Enter"], command: .openDetail, help: "open the selected row's details", footer: "details"),
        KeyBinding(keys: ["Esc"], command: .close, help: "close the detail or help view"),
        KeyBinding(keys: ["z"], command: .toggleZoom, help: "zoom the focused pane in and out"),
        KeyBinding(keys: ["t"], command: .cycleTheme, help: "cycle colour themes"),
        KeyBinding(keys: ["p"], command: .togglePause, help: "pause live updates, or apply what waited"),
        KeyBinding(keys: ["?"], command: .toggleHelp, help: "show or hide this help", footer: "help"),
        KeyBinding(keys: [":"], command: .openCommandLine, help: "open the command line (Tab completes)"),
        KeyBinding(keys: ["q", "C-c"], command: .quit, help: "quit", footer: "quit"),
        KeyBinding(keys: ["C-l"], command: .repaint, help: "repaint the screen"),
    ]

    /// The command bound to a key name, if any.
    public static func command(for key: String) -> Command? {
        table.first { $0.keys.contains(key) }?.command
    }

    /// Footer hints in table order, e.g. `("Tab", "pane")`; `j/k` style when a command has a pair.
    public static var footerHints: [(keys: String, label: String)] {
        table.compactMap { binding in
            guard let label = binding.footer else { return nil }
            let keys = binding.command == .moveDown ? "j/k" : binding.keys[0]
            return (keys, label)
        }
    }

    /// The keys of a binding as the help overlay shows them (`j, Down`).
    public static func keysText(_ binding: KeyBinding) -> String {
        binding.keys.joined(separator: ", ")
    }
}
