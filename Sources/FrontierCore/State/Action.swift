/// Something that happened, as `reduce` learns of it. Cases are facts in the past tense.
public enum Action: Hashable, Sendable {
    /// A key, by the backend's name for it (`j`, `Tab`, `C-d`).
    case keyPressed(String)
    case resized(width: Int, height: Int)
    /// The number of data rows each pane can show at the current size and zoom.
    case viewportsMeasured([PaneID: Int])
    /// The furthest the open overlay can scroll at the current size, as the views measured it.
    case overlayMeasured(maxOffset: Int)
    /// A click on a pane, on the row with this id or (nil) on its border, title or header.
    case paneClicked(PaneID, rowID: String?)
    case wheelScrolled(PaneID, lines: Int)
    /// SIGTERM, SIGHUP or the terminal going away.
    case terminationRequested
    /// The data files changed on disk and loaded cleanly.
    case datasetReloaded(Dataset)
    /// The data files changed on disk but do not load; the last good data stays.
    case datasetReloadFailed([Diagnostic])
}

/// Work `reduce` asks the runtime to do; imperatives.
public enum Effect: Hashable, Sendable {
    case quit
    /// Throw away what the terminal shows and draw everything again (Ctrl-L).
    case repaint
}
