import TerminalKeys

extension AppState {
    /// The filter applying to a pane, if any.
    public func filter(_ pane: PaneID) -> PaneFilter? {
        filters[pane]
    }

    /// The error of the query being typed in a pane's filter line, as `unexpected ')' at 14`.
    public func filterError(_ pane: PaneID) -> String? {
        filters[pane]?.error?.description ?? pendingFilterError.flatMap { $0.pane == pane ? $0.error.description : nil }
    }

    /// A key while the filter line is open: edits re-filter at once, Enter keeps the filter,
    /// Esc puts the previous one back, Up and Down walk the history.
    mutating func editFilter(_ key: Key) -> [Effect] {
        guard case let .filter(pane, previous) = inputMode else { return [] }
        switch key {
        case .escape, .control("c"):
            inputMode = .none
            applyFilter(previous, to: pane)
        case .enter:
            inputMode = .none
            historyPosition = nil
            // A draft that does not parse is not kept: the last valid query stays.
            let kept = filters[pane]?.text ?? ""
            pendingFilterError = nil
            filters[pane]?.error = nil
            recordHistory(kept, for: pane)
        case .up, .down:
            let history = filterHistory[pane] ?? []
            guard !history.isEmpty else { return [] }
            let current = historyPosition ?? history.count
            let next = key == .up ? max(0, current - 1) : min(history.count, current + 1)
            historyPosition = next
            input.set(next < history.count ? history[next] : "")
            applyFilter(input.text, to: pane)
        default:
            guard input.handle(key) == .edited else { return [] }
            applyFilter(input.text, to: pane)
        }
        return []
    }

    /// Opens the filter line on the focused pane with its current filter.
    mutating func openFilterLine() {
        let current = filters[focus]?.text ?? ""
        inputMode = .filter(focus, previous: current)
        input = InputLine(current)
        historyPosition = nil
    }

    /// Parses `text` and, when it parses, filters the pane with it; otherwise keeps the last
    /// valid filter and remembers the error.
    mutating func applyFilter(_ text: String, to pane: PaneID) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        do {
            let query = try Query.parse(trimmed, benchmarks: dataset.benchmarks)
            pendingFilterError = nil
            if query.isEmpty {
                filters[pane] = nil
            } else {
                ensureSearchIndex()
                filters[pane] = filtered(trimmed, query, in: pane)
            }
        } catch {
            if filters[pane] != nil {
                filters[pane]?.error = error
            } else {
                pendingFilterError = (pane, error)
            }
        }
        clampOffset(pane)
    }

    /// Runs every pane's filter again, after the rows changed (a sort, a new dataset, a new mix).
    mutating func refilter() {
        if !filters.isEmpty { ensureSearchIndex() }
        for (pane, filter) in filters {
            filters[pane] = filtered(filter.text, filter.query, in: pane)
        }
    }

    /// The pane's rows, in its order, that `query` matches, among those it shows unless the
    /// query asks for hidden rows (`is:listed`); the hidden ones it matches are counted.
    /// The index must exist (`ensureSearchIndex`).
    func filtered(_ text: String, _ query: Query, in pane: PaneID) -> PaneFilter {
        let ids = projection.allRowIDs(pane)
        let matched: [String]
        guard let searchIndex else { preconditionFailure("filtered before the search index was built") }
        if let order = searchOrders[pane] {
            matched = searchIndex.filter(query, in: order, mix: mix).map { ids[$0] }
        } else {
            matched = searchIndex.filter(query, pane: pane, ids: ids, mix: mix)
        }
        let searchesEveryRow = query.searchesHiddenRows
        guard projection.hiddenCount(pane) > 0, !searchesEveryRow else {
            return PaneFilter(text: text, query: query, ids: matched, searchedEveryRow: searchesEveryRow)
        }
        let kept = matched.filter { !projection.isHiddenByDefault($0, in: pane) }
        return PaneFilter(text: text, query: query, ids: kept, hiddenMatches: matched.count - kept.count)
    }

    /// `=`: filters the focused pane to the selected row's source (News) or organization
    /// (Models, Costs), as a query the filter line shows and can edit; `=` again on a pane
    /// filtered that way clears the filter.
    mutating func filterBySelected() {
        guard let id = selectedID(focus), let text = Self.queryForSame(as: id, in: focus, projection: projection) else { return }
        if filters[focus]?.text == text {
            applyFilter("", to: focus)
            message = "filter cleared"
            return
        }
        applyFilter(text, to: focus)
        recordHistory(text, for: focus)
        message = "filtered by " + text + " (= again clears)"
    }

    /// `source:"Claude Blog"` for a news item, `org:deepseek` for a model or cost row.
    static func queryForSame(as id: String, in pane: PaneID, projection: Projection) -> String? {
        // A quote would end the quoted value; the rest of the name still finds the source.
        func quoted(_ value: String) -> String { "\"" + value.filter { $0 != "\"" } + "\"" }
        switch pane {
        case .news:
            guard let row = projection.rowIndex(of: id, in: .news) else { return nil }
            let source = projection.news.rows[row].source
            return source.isEmpty ? nil : "source:" + quoted(source)
        case .models, .costs:
            guard let organization = projection.organizations(of: id, in: pane).first else { return nil }
            return "org:" + quoted(organization)
        }
    }

    mutating func recordHistory(_ text: String, for pane: PaneID) {
        guard !text.isEmpty else { return }
        var history = filterHistory[pane] ?? []
        history.removeAll { $0 == text }
        history.append(text)
        filterHistory[pane] = Array(history.suffix(AppState.historyLimit))
    }

    static let historyLimit = 50
}
