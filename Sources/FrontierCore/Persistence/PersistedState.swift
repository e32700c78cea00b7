import Foundation

/// The part of the dashboard that outlives a run: focus, filters, sorts, marks, theme, token
/// mix, whether every row shows, saved views, filter history, when the last run ended and the recent news it showed.
///
/// A plain value kept apart from `AppState` so the file format can stay stable while the
/// running state changes shape; the runtime copies between the two at start and exit.
/// Decoding is lenient (see `PersistedState+Coding.swift`) because a hand-edited or older
/// file should cost the user one setting, not all of them.
public struct PersistedState: Hashable, Sendable {
    /// The format version this build writes and the newest it reads.
    public static let currentVersion = 1
    /// How many past queries each pane remembers.
    public static let filterHistoryLimit = 50

    /// The format version of the value: always `currentVersion`, because older files are
    /// brought up to date as they are read and newer ones are refused.
    public var version: Int { Self.currentVersion }

    public var focus: PaneID?
    /// The filter query text of each pane; a pane without an entry is unfiltered.
    public var filters: [PaneID: String]
    /// Each pane's sort; a pane without an entry uses its default sort.
    public var sorts: [PaneID: SortSpec]
    /// Marked model ids in the order they were marked, without repeats.
    public var marks: [String]
    public var theme: String?
    public var mix: TokenMix?
    /// Whether the rows hidden by default show (`a`: listed models, free and non-text prices).
    public var showsEveryRow: Bool
    /// Named snapshots of focus, filters and sorts (`:save NAME`, `:view NAME`).
    public var savedViews: [String: SavedView]
    /// Past queries of each pane, most recent last, without repeats, at most `filterHistoryLimit`.
    public var filterHistory: [PaneID: [String]]
    /// When the previous run ended, as an ISO 8601 UTC timestamp (`2026-11-29T02:15:00Z`).
    ///
    /// Kept as text so the file reads plainly; `lastExitDate` gives the instant.
    public var lastExit: String?
    /// The recent news the previous run showed, so this one can mark what arrived since.
    public var seenNews: SeenNews?
    /// Fields of the file this build does not know, written back as they were read so a newer
    /// build's settings survive a run of this one.
    public var unknownFields: [String: StoredJSON]

    public init(
        focus: PaneID? = nil,
        filters: [PaneID: String] = [:],
        sorts: [PaneID: SortSpec] = [:],
        marks: [String] = [],
        theme: String? = nil,
        mix: TokenMix? = nil,
        showsEveryRow: Bool = false,
        savedViews: [String: SavedView] = [:],
        filterHistory: [PaneID: [String]] = [:],
        lastExit: String? = nil,
        seenNews: SeenNews? = nil,
        unknownFields: [String: StoredJSON] = [:]
    ) {
        self.focus = focus
        self.filters = filters
        self.sorts = sorts
        self.marks = marks
        self.theme = theme
        self.mix = mix
        self.showsEveryRow = showsEveryRow
        self.savedViews = savedViews
        self.filterHistory = filterHistory
        self.lastExit = lastExit
        self.seenNews = seenNews
        self.unknownFields = unknownFields
    }

    /// The state with `query` added to a pane's history as the most recent entry.
    ///
    /// Blank queries are not history. An earlier copy of the same query moves to the end
    /// rather than appearing twice, and the oldest entries fall off past the limit.
    public func recording(query: String, for pane: PaneID) -> PersistedState {
        var copy = self
        copy.filterHistory[pane] = Self.history(filterHistory[pane] ?? [], adding: query)
        return copy
    }

    /// `history` with `query` appended, deduplicated and capped; the rule `recording` applies.
    static func history(_ history: [String], adding query: String) -> [String] {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return history }
        var result = history.filter { $0 != trimmed }
        result.append(trimmed)
        return Array(result.suffix(filterHistoryLimit))
    }

    /// The current focus, filters and sorts as a view that `restoringView(named:)` can bring back.
    public var currentView: SavedView {
        SavedView(focus: focus, filters: filters, sorts: sorts)
    }

    /// The state with the current focus, filters and sorts saved under `name`, replacing any
    /// view of that name.
    public func savingView(named name: String) -> PersistedState {
        var copy = self
        copy.savedViews[name] = currentView
        return copy
    }

    /// The state with the view called `name` restored, or nil when there is no such view.
    ///
    /// A view is a whole snapshot: a pane it holds no filter or sort for goes back to
    /// unfiltered and its default order. A view saved without a focus leaves focus alone.
    public func restoringView(named name: String) -> PersistedState? {
        guard let view = savedViews[name] else { return nil }
        var copy = self
        copy.filters = view.filters
        copy.sorts = view.sorts
        copy.focus = view.focus ?? focus
        return copy
    }

    /// The state stamped with the end of this run, for "since last visit" on the next start.
    public func exiting(at date: Date) -> PersistedState {
        var copy = self
        copy.lastExit = Self.timestamp(date)
        return copy
    }

    /// `lastExit` as an instant; nil when absent or not ISO 8601.
    public var lastExitDate: Date? {
        lastExit.flatMap(Self.date(fromTimestamp:))
    }

    /// An instant as the file writes it: ISO 8601, UTC, whole seconds.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// Reads an ISO 8601 timestamp with or without fractional seconds or a UTC offset.
    static func date(fromTimestamp text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
