import Foundation
import TerminalKeys

/// Something that happened, as `reduce` learns of it. Cases are facts in the past tense.
///
/// Times come in actions (`at:`, `clockTicked`) because `reduce` never reads the clock.
public enum Action: Hashable, Sendable {
    /// A key, as the terminal backend decoded it.
    case keyPressed(Key)
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
    /// The data changed (a file saved, a feed line appended, a URL fetched) and loaded cleanly
    /// at `at`: rows added or changed since the data on screen are marked for a while.
    case datasetReloaded(Dataset, at: Date)
    /// Data that replaces what is shown without marking anything: a source's first copy (a URL
    /// without a cached copy), which is no more a change than the data loaded at start.
    case datasetLoaded(Dataset)
    /// The data files changed on disk but do not load; the last good data stays.
    case datasetReloadFailed([Diagnostic])
    /// The sources brought new merged data at `at`, with the records they had to leave out and
    /// (nil, or built ahead of time in the background) the rows and index the screen needs.
    ///
    /// To an empty screen it is the start (`datasetLoaded`), otherwise a reload with change
    /// marks; while paused it is held, only the newest kept, until the pause ends.
    case dataArrived(Dataset, problems: [Diagnostic], derived: DerivedData?, at: Date)
    /// A URL could not be fetched; the sources line may only have room for "failed", so the
    /// reason goes to the footer's message slot when nothing else holds it.
    case sourceFetchFailed(source: String, message: String)
    /// The runtime's answer to `Effect.applyWaitingUpdates`, with the time: what was held while
    /// paused goes on screen, marked as of `at`.
    case updatesResumed(at: Date)
    /// A theme named on the command line, which beats the one the last run ended with; a name
    /// the theme list lacks picks the first theme.
    case themeChosen(String)
    /// The state file kept by the last run was read at start, at `at`: the view, marks, theme
    /// and saved views come back, and news that arrived since is marked.
    case savedStateLoaded(PersistedState, at: Date)
    /// The time is now this; change marks older than `AppState.changeMarkLifetime` go. The
    /// runtime sends it when `AppState.nextMarkExpiry` comes, not on a timer.
    case clockTicked(Date)
    /// Where each source of the data stands, in the order the user gave them.
    case sourcesUpdated([SourceStatus])
    /// The first frame is on screen: work it did not wait for can start.
    case screenShown
    /// The runtime's answer to `Effect.buildSearchIndex`.
    case searchIndexBuilt(BuiltSearchIndex)
}

/// Work `reduce` asks the runtime to do; imperatives.
public enum Effect: Hashable, Sendable {
    /// `reduce` has already stopped `running`; the runtime ends its loop and restores the terminal.
    case quit
    /// Throw away what the terminal shows and draw everything again (Ctrl-L).
    case repaint
    /// Live updates were un-paused (`p`) with data held back: send `updatesResumed(at:)` with
    /// the time, since the held rows are marked as of when they come on screen and `reduce`
    /// never reads the clock.
    case applyWaitingUpdates
    /// Build the search index of this dataset in the background and send `searchIndexBuilt`,
    /// so the first filter typed does not wait for it.
    case buildSearchIndex(Dataset, today: DayDate?)
}
