import TerminalKeys

/// The one table that drives the keys, the `?` help overlay and the footer hints.
///
/// Because the help and the footer are generated from these rows, they cannot drift from what
/// the keys actually do.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(keys: [.tab], command: .focusNext, help: "focus the next pane", footer: "pane"),
        KeyBinding(keys: [.backTab], command: .focusPrevious, help: "focus the previous pane"),
        KeyBinding(keys: ["1"], command: .focusModels, help: "focus Models"),
        KeyBinding(keys: ["2"], command: .focusCosts, help: "focus Costs"),
        KeyBinding(keys: ["3"], command: .focusNews, help: "focus News"),
        KeyBinding(keys: ["j", .down], command: .moveDown, help: "move down", footer: "move"),
        KeyBinding(keys: ["k", .up], command: .moveUp, help: "move up"),
        KeyBinding(keys: ["g", .home], command: .moveTop, help: "go to the first row"),
        KeyBinding(keys: ["G", .end], command: .moveBottom, help: "go to the last row"),
        KeyBinding(keys: [.pageDown], command: .pageDown, help: "page down"),
        KeyBinding(keys: [.pageUp], command: .pageUp, help: "page up"),
        KeyBinding(keys: [.control("d")], command: .halfPageDown, help: "half a page down"),
        KeyBinding(keys: [.control("u")], command: .halfPageUp, help: "half a page up"),
        KeyBinding(keys: ["/"], command: .openFilterLine, help: "filter the focused pane with a query", footer: "filter"),
        KeyBinding(keys: ["="], command: .filterBySelected, help: "filter by the selected row's source or org"),
        KeyBinding(keys: ["s"], command: .cycleSort, help: "sort the focused pane by the next column", footer: "sort"),
        KeyBinding(keys: ["S"], command: .reverseSort, help: "reverse the sort"),
        KeyBinding(keys: ["f"], command: .toggleFollow, help: "News and Costs follow the selected org"),
        KeyBinding(keys: ["a"], command: .toggleEveryRow, help: "show every row: listed models, all prices"),
        KeyBinding(keys: [.character(" ")], command: .toggleMark, help: "mark the selected model to compare", footer: "mark"),
        KeyBinding(keys: ["c"], command: .openCompare, help: "compare the marked models", footer: "compare"),
        KeyBinding(keys: ["x"], command: .cycleCompareX, help: "compare: next price axis"),
        KeyBinding(keys: ["y"], command: .cycleCompareY, help: "compare: next benchmark axis"),
        KeyBinding(keys: ["h", .left], command: .previousPoint, help: "compare: the cheaper point"),
        KeyBinding(keys: ["l", .right], command: .nextPoint, help: "compare: the dearer point"),
        KeyBinding(keys: [.enter], command: .openDetail, help: "open the selected row's details", footer: "details"),
        KeyBinding(keys: [.escape], command: .close, help: "close the detail or help view"),
        KeyBinding(keys: ["z"], command: .toggleZoom, help: "zoom the focused pane in and out"),
        KeyBinding(keys: ["t"], command: .cycleTheme, help: "cycle colour themes"),
        KeyBinding(keys: ["p"], command: .togglePause, help: "pause live updates, or apply what waited"),
        KeyBinding(keys: ["?"], command: .toggleHelp, help: "show or hide this help", footer: "help"),
        KeyBinding(keys: [":"], command: .openCommandLine, help: "open the command line (Tab completes)"),
        KeyBinding(keys: ["q", .control("c")], command: .quit, help: "quit", footer: "quit"),
        KeyBinding(keys: [.control("l")], command: .repaint, help: "repaint the screen"),
    ]

    /// The command bound to a key, if any.
    public static func command(for key: Key) -> Command? {
        table.first { $0.keys.contains(key) }?.command
    }

    /// The first key of a command, as the footer and the notices name it (`p`).
    public static func label(of command: Command) -> String? {
        table.first { $0.command == command }?.keys.first?.label
    }

    /// Footer hints in table order, e.g. `("Tab", "pane")`; a move shows both directions (`j/k`).
    public static var footerHints: [(keys: String, label: String)] {
        table.compactMap { binding in
            guard let label = binding.footer, let first = binding.keys.first?.label else { return nil }
            guard binding.command == .moveDown, let up = Self.label(of: .moveUp) else { return (first, label) }
            return (first + "/" + up, label)
        }
    }

    /// The keys of a binding as the help overlay shows them (`j, Down`).
    public static func keysText(_ binding: KeyBinding) -> String {
        binding.keys.map(\.label).joined(separator: ", ")
    }
}
