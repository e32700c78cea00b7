import ArgumentParser
import Foundation
import FrontierCore
import FrontierLive
import FrontierViews
import NcursesBackend
import SystemBackend
import TerminalGrid

/// Runs the dashboard: terminal events in, actions through `reduce`, frames out.
///
/// The only place where the event loop, the state and the terminal meet; it decides nothing
/// itself beyond translating events into actions and running the effects `reduce` returns.
struct DashboardRuntime {
    var state: AppState
    let origin: String
    let shortOrigin: String?
    /// The user's dataset shown over the embedded one, whose age the header shows.
    let userDataset: String?
    let themes: ThemeSelection
    let options: TerminalOptions
    let forceASCII: Bool
    /// Where the view, marks and saved views are kept between runs; nil with `--no-state`.
    let store: StateStore?
    /// What the state file held at start, so fields this build does not know are not lost.
    private var saved = PersistedState()
    private var storeNotices: [String] = []
    /// Where the last button press landed, so a release elsewhere (or alone) still counts as a click.
    private var pressedAt: (x: Int, y: Int)?

    /// The data and feed sources, followed while the dashboard runs.
    private let sources: LiveSources
    /// The search index, built after the first frame rather than before it.
    private let backgroundIndex = BackgroundIndex()
    /// Whether an action went through `reduce` since the last frame.
    private var changed = false

    init(loaded: DataOptions.Loaded, themes: ThemeSelection, options: TerminalOptions, forceASCII: Bool,
         store: StateStore?, themeRequested: Bool) {
        sources = loaded.sources
        state = AppState(dataset: loaded.dataset, themes: themes.catalog.names, today: DayDate.utcDay(of: Date()))
        if !loaded.feedProblems.isEmpty { _ = reduce(&state, .datasetReloadFailed(loaded.feedProblems)) }
        self.origin = loaded.origin
        shortOrigin = loaded.shortOrigin
        userDataset = loaded.userDataset
        self.themes = themes
        self.options = options
        self.forceASCII = forceASCII
        self.store = store
        if let store {
            let loaded = store.load()
            saved = loaded.state
            storeNotices = loaded.notice.map { [$0] } ?? []
            _ = reduce(&state, .savedStateLoaded(loaded.state, at: Date()))
        }
        // A theme named on the command line beats the one the last run ended with.
        if themeRequested || store == nil { _ = reduce(&state, .themeChosen(themes.initial)) }
    }

    /// How the dashboard ended: lines to print once the screen is restored, and the exit status.
    struct Outcome {
        var notices: [String]
        /// 0 after `q` or Ctrl-C; 128 + the signal number after SIGTERM, SIGHUP, SIGQUIT and the
        /// other signals of `TerminalSignal`, as shells report it.
        var status: Int32
    }

    /// Runs until quit, hang-up or a terminating signal.
    mutating func run() throws -> Outcome {
        let session = TerminalSession()
        do {
            try session.start(options)
        } catch {
            StandardError.write("frontier: \(error)")
            throw ExitCode(1)
        }
        defer { session.stop() }
        let loop = try EventLoop(session: session)
        // A data file that cannot be watched (a missing directory, the inotify limit) is said
        // once; the dashboard still runs on what it loaded.
        if let notice = sources.start(waker: loop.waker) { storeNotices.append(notice) }
        let glyphs: Glyphs = forceASCII || !session.isUTF8 ? .ascii : .unicode
        var message: String? = (storeNotices + themes.notices).first

        if !sources.statuses.isEmpty { _ = send(.sourcesUpdated(sources.statuses)) }
        let size = session.currentSize()
        _ = send(.resized(width: size.width, height: size.height))
        measureViewports()
        session.draw(frame(glyphs: glyphs, status: message))
        run(effects: send(.screenShown), session: session, waker: loop.waker)

        var status: Int32 = 0
        var shownMessage = message
        while state.running {
            var terminalGone = false
            var readable: Set<Int32> = []
            // A wake-up or a readable descriptor alone changes nothing on screen; what it brings
            // goes through `reduce`. Anything else (keys, resizes, deadlines) is drawn.
            var eventShows = false
            for event in loop.next(deadline: deadline(), watching: sources.descriptors) {
                switch event {
                case .wake, .fdReadable: break
                default: eventShows = true
                }
                switch event {
                case let .key(key):
                    message = nil
                    run(effects: handle(key), session: session, waker: loop.waker)
                case let .resized(width, height):
                    _ = send(.resized(width: width, height: height))
                case .signal(.interrupt):
                    // Ctrl-C arrives as SIGINT in cbreak mode; it is the quit key, not an error.
                    run(effects: send(.keyPressed(.control("c"))), session: session, waker: loop.waker)
                case let .signal(signal):
                    status = DashboardRuntime.exitStatus(after: signal)
                    run(effects: send(.terminationRequested), session: session, waker: loop.waker)
                case .resumed:
                    session.forceRepaint()
                case .hangup:
                    terminalGone = true
                    status = DashboardRuntime.exitStatus(after: .hangup)
                    _ = send(.terminationRequested)
                case let .fdReadable(fd):
                    readable.insert(fd)
                case .wake, .timeout:
                    break
                }
            }
            if let built = backgroundIndex.take() { _ = send(.searchIndexBuilt(built)) }
            sources.derivationSettings = state.derivationSettings
            sources.shownIndex = state.shownSearchIndex
            sources.shownNews = state.projection.news
            apply(sources.service(readable: readable))
            let now = Date()
            // Marks that ran out, and a new UTC day, which moves what prices are current.
            if state.nextMarkExpiry.map({ $0 <= now }) == true || DayDate(utcDayOf: now) != state.projection.index.today {
                _ = send(.clockTicked(now))
            }
            if terminalGone || !state.running { break }
            // A frame costs several milliseconds; a dashboard following a busy source wakes for
            // every write it sees, most of which show nothing new.
            guard changed || eventShows || message != shownMessage else { continue }
            measureViewports()
            session.draw(frame(glyphs: glyphs, status: message))
            changed = false
            shownMessage = message
        }
        // The session prints its own notice (an unknown $TERM) when it stops.
        return Outcome(notices: storeNotices + themes.notices + saveState(), status: status)
    }

    /// Writes the state file for the next run; a failure is a notice, never a lost exit.
    private func saveState() -> [String] {
        guard let store else { return [] }
        do {
            try store.save(state.persisted(keeping: saved, exitingAt: Date()))
            return []
        } catch .newerVersionOnDisk {
            // Already said at start: a newer frontier owns that file.
            return []
        } catch {
            return [error.description]
        }
    }

    static func exitStatus(after signal: TerminalSignal) -> Int32 {
        signal == .interrupt ? 0 : 128 + signal.number
    }

    /// Hands what the sources brought to `reduce`: new merged data (held there while paused),
    /// why a source does not load, or why a URL failed.
    private mutating func apply(_ updates: [LiveSources.Update]) {
        for update in updates {
            switch update {
            case let .loaded(dataset, problems, derived):
                _ = send(.dataArrived(dataset, problems: problems, derived: derived, at: Date()))
            case let .failed(diagnostics):
                _ = send(.datasetReloadFailed(diagnostics))
            case let .fetchFailed(source, message):
                _ = send(.sourceFetchFailed(source: source, message: message))
            }
        }
        let statuses = sources.statuses
        if statuses != state.sources { _ = send(.sourcesUpdated(statuses)) }
    }

    /// When the loop must wake besides input: sources (settling saves, polls), the end of a
    /// change mark, and the next change of a URL's age in the sources line. Local files alone
    /// set nothing, so an idle dashboard sleeps.
    private func deadline(now: Date = Date()) -> ContinuousClock.Instant? {
        var candidates = [sources.deadline].compactMap { $0 }
        let clock = ContinuousClock.now
        func instant(_ date: Date) -> ContinuousClock.Instant {
            clock + .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
        }
        if let expiry = state.nextMarkExpiry { candidates.append(instant(expiry)) }
        // The next UTC midnight, when prices current "today" may change.
        let secondsIntoDay = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400)
        candidates.append(instant(now.addingTimeInterval(86_400 - secondsIntoDay + 1)))
        if let updated = userDataset.flatMap(UserDataset.updated(at:)) {
            // The header's `updated 2h ago` stays true with one wake per change of its text.
            let age = now.timeIntervalSince(updated)
            candidates.append(instant(now.addingTimeInterval(Format.nextAgeChange(after: age) - age)))
        }
        if sources.hasURLs {
            for date in state.sources.compactMap(\.lastGood) {
                let age = now.timeIntervalSince(date)
                candidates.append(instant(now.addingTimeInterval(Format.nextAgeChange(after: age) - age)))
            }
        }
        return candidates.min()
    }

    private func frame(glyphs: Glyphs, status: String?) -> Grid {
        let theme = themes.catalog.theme(named: state.themeName) ?? ThemeCatalog.defaultTheme
        // A stat of two files, on frames only: an update written while the dashboard runs is
        // reloaded as the file changes, and the next frame shows its age.
        let updated = userDataset.flatMap(UserDataset.updated(at:))
        return DashboardView.render(state, context: RenderContext(theme: theme, glyphs: glyphs, origin: origin, shortOrigin: shortOrigin, status: status,
                                                                  now: Date(), dataUpdated: updated))
    }

    /// Keys go to `reduce` as they are; mouse clicks and the wheel become pane actions.
    private mutating func handle(_ event: KeyEvent) -> [Effect] {
        if let key = event.key { return send(.keyPressed(key)) }
        guard case let .mouse(mouse) = event else { return [] }
        switch mouse.kind {
        case .press(1):
            pressedAt = (mouse.x, mouse.y)
            return click(x: mouse.x, y: mouse.y)
        case .release:
            // A press and its release read together can reach us as the release alone.
            defer { pressedAt = nil }
            if let pressedAt, pressedAt == (mouse.x, mouse.y) { return [] }
            return click(x: mouse.x, y: mouse.y)
        case .wheelUp, .wheelDown:
            let lines = mouse.kind == .wheelUp ? -3 : 3
            let pane = DashboardView.hitTest(x: mouse.x, y: mouse.y, state: state).flatMap { action -> PaneID? in
                if case let .paneClicked(pane, _) = action { return pane }
                return nil
            } ?? state.focus
            return send(.wheelScrolled(pane, lines: lines))
        default:
            return []
        }
    }

    private mutating func click(x: Int, y: Int) -> [Effect] {
        guard let action = DashboardView.hitTest(x: x, y: y, state: state) else { return [] }
        return send(action)
    }

    private mutating func run(effects: [Effect], session: TerminalSession, waker: Waker) {
        for effect in effects {
            switch effect {
            case .quit:
                // `reduce` has stopped `running`: the loop ends after this frame's events.
                break
            case .repaint: session.forceRepaint()
            case .applyWaitingUpdates:
                run(effects: send(.updatesResumed(at: Date())), session: session, waker: waker)
            case let .buildSearchIndex(dataset, today):
                backgroundIndex.start(dataset, today: today, waker: waker)
            }
        }
    }

    /// Every action of the running dashboard goes through here, so the loop knows to draw.
    private mutating func send(_ action: Action) -> [Effect] {
        changed = true
        return reduce(&state, action)
    }

    private mutating func measureViewports() {
        let rows = DashboardView.viewportRows(state)
        if rows != state.viewportRows { _ = send(.viewportsMeasured(rows)) }
        if let maxOffset = DashboardView.overlayMaxOffset(state), state.overlayOffset > maxOffset {
            _ = send(.overlayMeasured(maxOffset: maxOffset))
        }
    }
}
