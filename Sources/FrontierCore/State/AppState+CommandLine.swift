import TerminalKeys

extension AppState {
    /// A key while the command line is open: edit, complete with Tab, run with Enter, Esc cancels.
    mutating func editCommand(_ key: Key) -> [Effect] {
        switch key {
        case .escape, .control("c"):
            inputMode = .none
        case .enter:
            inputMode = .none
            switch CommandPrompt.parse(input.text) {
            case let .success(command): return run(command)
            case let .failure(error): message = error.message
            }
        case .tab:
            let completion = CommandPrompt.complete(input.text, sortKeys: sortKeys(focus), themes: themes,
                                                    views: savedViews.keys.sorted())
            input.set(completion.line)
            if completion.candidates.count > 1 { message = completion.candidates.joined(separator: "  ") }
        default:
            _ = input.handle(key)
        }
        return []
    }

    /// Runs a parsed `:` command.
    mutating func run(_ command: CommandPrompt.Command) -> [Effect] {
        switch command {
        case let .sort(key, descending):
            let keys = sortKeys(focus)
            // Sort keys may be typed without their prefix: `:sort gpqa-diamond` for `score:gpqa-diamond`.
            guard let match = keys.first(where: { $0 == key }) ?? keys.first(where: { $0.hasSuffix(":" + key) }) else {
                message = "no sort key \"\(key)\" in \(focus.title); keys: \(keys.joined(separator: ", "))"
                return []
            }
            var spec = SortSpec.natural(match)
            if let descending { spec.descending = descending }
            setSort(spec, for: focus)
            clampOffset(focus)
        case let .theme(name):
            guard let index = themes.firstIndex(of: name) else {
                message = "no theme \"\(name)\"; themes: \(themes.joined(separator: ", "))"
                return []
            }
            themeIndex = index
        case let .mix(mix):
            setMix(mix)
            message = "blended prices now use \(mix) input:output tokens"
        case let .save(name):
            savedViews[name] = currentView
            message = "saved view \"\(name)\""
        case let .view(name):
            guard let view = savedViews[name] else {
                let known = savedViews.keys.sorted()
                message = "no saved view \"\(name)\"" + (known.isEmpty ? "; save one with :save NAME" : "; views: \(known.joined(separator: ", "))")
                return []
            }
            apply(view)
        case let .show(everyRow):
            setShowsEveryRow(everyRow)
        case .quit:
            running = false
            return [.quit]
        }
        return []
    }
}
