/// Applies an action to the state and returns the effects the runtime must run.
///
/// Pure: it never reads the clock, the file system or the environment.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, to: &state)
    // Whatever brought focus to the News pane (a key, a click, a saved view), its news is seen.
    state.noteNewsSeen()
    state.refreshFollowedRows()
    return effects
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case let .keyPressed(key):
        state.message = nil
        switch state.inputMode {
        case .command: return state.editCommand(key)
        case .filter: return state.editFilter(key)
        case .none: break
        }
        guard let command = KeyBindings.command(for: key) else { return [] }
        return state.perform(command)
    case let .resized(width, height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    case let .viewportsMeasured(rows):
        state.viewportRows = rows
        for pane in PaneID.allCases { state.clampOffset(pane) }
        return []
    case let .overlayMeasured(maxOffset):
        state.overlayOffset = min(state.overlayOffset, max(0, maxOffset))
        return []
    case let .paneClicked(pane, rowID):
        state.overlay = nil
        state.focus = pane
        if let rowID, let index = state.position(of: rowID, in: pane) {
            state.select(index, in: pane)
        }
        return []
    case let .wheelScrolled(pane, lines):
        if state.overlay != nil {
            state.overlayOffset = max(0, state.overlayOffset + lines)
            return []
        }
        state.focus = pane
        state.select(state.selectedIndex(pane) + lines, in: pane)
        return []
    case .terminationRequested:
        state.running = false
        return [.quit]
    case let .datasetReloaded(dataset, date):
        state.reload(dataset, at: date)
        return []
    case let .datasetLoaded(dataset):
        state.load(dataset)
        return []
    case let .datasetReloadFailed(diagnostics):
        state.noteLoadProblems(diagnostics)
        return []
    case let .dataArrived(dataset, problems, derived, date):
        state.receive(dataset, problems: problems, derived: derived, at: date)
        return []
    case let .sourceFetchFailed(source, message):
        state.noteFetchFailure(source: source, message: message)
        return []
    case let .updatesResumed(date):
        state.resumeUpdates(at: date)
        return []
    case let .clockTicked(now):
        state.expireMarks(at: now)
        if let day = DayDate(utcDayOf: now) { state.setToday(day) }
        return []
    case let .themeChosen(name):
        state.themeIndex = state.themes.firstIndex(of: name) ?? 0
        return []
    case let .savedStateLoaded(saved, date):
        state.restore(saved, at: date)
        return []
    case .screenShown:
        return state.searchIndex == nil ? [.buildSearchIndex(state.dataset, today: state.projection.index.today)] : []
    case let .searchIndexBuilt(built):
        state.adopt(built)
        return []
    case let .sourcesUpdated(sources):
        state.sources = sources
        return []
    }
}

extension AppState {
    /// Runs one command from the key table.
    mutating func perform(_ command: Command) -> [Effect] {
        if let overlay, let effects = performInOverlay(overlay, command) { return effects }
        let page = max(1, viewportRows[focus] ?? 10)
        switch command {
        case .focusNext: focus = PaneID.allCases[(PaneID.allCases.firstIndex(of: focus)! + 1) % 3]
        case .focusPrevious: focus = PaneID.allCases[(PaneID.allCases.firstIndex(of: focus)! + 2) % 3]
        case .focusModels: focus = .models
        case .focusCosts: focus = .costs
        case .focusNews: focus = .news
        case .moveDown: select(selectedIndex(focus) + 1, in: focus)
        case .moveUp: select(selectedIndex(focus) - 1, in: focus)
        case .moveTop: select(0, in: focus)
        case .moveBottom: select(rowIDs(focus).count - 1, in: focus)
        case .pageDown: select(selectedIndex(focus) + page, in: focus)
        case .pageUp: select(selectedIndex(focus) - page, in: focus)
        case .halfPageDown: select(selectedIndex(focus) + max(1, page / 2), in: focus)
        case .halfPageUp: select(selectedIndex(focus) - max(1, page / 2), in: focus)
        case .cycleSort:
            let keys = sortKeys(focus)
            let current = keys.firstIndex(of: sort(focus).key) ?? -1
            setSort(SortSpec.natural(keys[(current + 1) % keys.count]), for: focus)
            clampOffset(focus)
        case .openFilterLine:
            openFilterLine()
        case .openCompare:
            overlay = .compare
            compareCursor = 0
        case .cycleCompareX, .cycleCompareY, .previousPoint, .nextPoint:
            // Only the compare view has axes and points.
            break
        case .toggleFollow:
            follow.toggle()
            clampOffset(.news)
            clampOffset(.costs)
        case .toggleEveryRow:
            setShowsEveryRow(!projection.showsEveryRow)
        case .filterBySelected:
            filterBySelected()
        case .openCommandLine:
            inputMode = .command
            input = InputLine()
        case .toggleMark:
            guard focus == .models, let id = selectedID(.models) else { break }
            if let index = marks.firstIndex(of: id) { marks.remove(at: index) } else { marks.append(id) }
        case .reverseSort:
            var spec = sort(focus)
            spec.descending.toggle()
            setSort(spec, for: focus)
            clampOffset(focus)
        case .openDetail:
            if let id = selectedID(focus) {
                overlay = .detail(focus, id)
                overlayOffset = 0
            }
        case .close:
            if zoomed { zoomed = false }
        case .toggleZoom: zoomed.toggle()
        case .cycleTheme: themeIndex = (themeIndex + 1) % themes.count
        case .togglePause: return togglePause()
        case .toggleHelp:
            overlay = .help
            overlayOffset = 0
        case .quit:
            running = false
            return [.quit]
        case .repaint: return [.repaint]
        }
        return []
    }

    /// Keys while an overlay is open scroll or close it; nil lets the command fall through.
    private mutating func performInOverlay(_ overlay: Overlay, _ command: Command) -> [Effect]? {
        if overlay == .compare, let effects = performInCompare(command) { return effects }
        switch command {
        case .close, .openDetail:
            self.overlay = nil
        case .toggleHelp:
            self.overlay = overlay == .help ? nil : .help
            overlayOffset = 0
        case .moveDown: overlayOffset += 1
        case .moveUp: overlayOffset = max(0, overlayOffset - 1)
        case .pageDown, .halfPageDown: overlayOffset += max(1, height / 2)
        case .pageUp, .halfPageUp: overlayOffset = max(0, overlayOffset - max(1, height / 2))
        case .moveTop: overlayOffset = 0
        case .quit, .repaint, .cycleTheme, .togglePause, .cycleSort, .reverseSort, .toggleMark, .openCommandLine, .openFilterLine, .toggleFollow, .toggleEveryRow, .filterBySelected, .openCompare,
             .cycleCompareX, .cycleCompareY, .previousPoint, .nextPoint:
            return nil
        case .focusNext, .focusPrevious, .focusModels, .focusCosts, .focusNews, .moveBottom, .toggleZoom:
            // Focus and zoom changes close the overlay first, like clicking outside it.
            self.overlay = nil
            return nil
        }
        return []
    }

    /// Selects a row by index, clamped to the pane's rows, and scrolls to keep it visible.
    mutating func select(_ index: Int, in pane: PaneID) {
        let ids = rowIDs(pane)
        guard !ids.isEmpty else { return }
        let clamped = min(max(0, index), ids.count - 1)
        var paneState = panes[pane] ?? PaneState()
        paneState.selectedID = ids[clamped]
        panes[pane] = paneState
        clampOffset(pane)
    }

    mutating func clampOffset(_ pane: PaneID) {
        guard let rows = viewportRows[pane] else { return }
        var paneState = panes[pane] ?? PaneState()
        paneState.offset = visibleOffset(pane, rows: rows)
        panes[pane] = paneState
    }
}

extension AppState {
    /// The compare view's scatter as it stands, for stepping the cursor and cycling the axes.
    public var comparePlot: ComparePlot {
        ComparePlot(dataset: dataset, index: projection.index, marked: marks, axes: compareAxes, mix: mix)
    }

    /// Keys of the compare view; nil lets the others (Esc, q, t, Space on the pane) through.
    mutating func performInCompare(_ command: Command) -> [Effect]? {
        switch command {
        case .cycleCompareX, .cycleCompareY:
            // Keep the cursor on the same model when the axes change under it.
            let before = comparePlot
            let id = before.point(at: compareCursor)?.id
            if command == .cycleCompareX { compareAxes.cycleX() } else { compareAxes.cycleY(in: before) }
            let after = comparePlot
            compareCursor = id.flatMap(after.cursor(of:)) ?? after.clampedCursor(compareCursor) ?? 0
        case .previousPoint, .nextPoint, .moveUp, .moveDown:
            let delta = command == .previousPoint || command == .moveUp ? -1 : 1
            compareCursor = comparePlot.stepCursor(compareCursor, by: delta)
        case .toggleMark:
            // Space keeps marking in the Models pane behind, so the comparison can be edited in place.
            return nil
        default:
            return nil
        }
        return []
    }
}
