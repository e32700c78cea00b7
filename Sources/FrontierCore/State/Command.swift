import TerminalKeys

/// What a key asks for. Keys map to commands through `KeyBindings.table`.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case focusNext, focusPrevious, focusModels, focusCosts, focusNews
    case moveDown, moveUp, moveTop, moveBottom, pageDown, pageUp, halfPageDown, halfPageUp
    case cycleSort, reverseSort, toggleMark, openCommandLine, openFilterLine, toggleFollow, toggleEveryRow, filterBySelected
    case openCompare, cycleCompareX, cycleCompareY, previousPoint, nextPoint
    case openDetail, close, toggleZoom, cycleTheme, toggleHelp, togglePause, quit, repaint
}

/// One row of the key-binding table: the keys, the command, and the help text beside them.
public struct KeyBinding: Hashable, Sendable {
    /// The keys, the first of them the one the footer shows.
    public var keys: [Key]
    public var command: Command
    public var help: String
    /// The short label in the footer, or nil to leave the binding out of the footer.
    public var footer: String?

    public init(keys: [Key], command: Command, help: String, footer: String? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.footer = footer
    }
}
