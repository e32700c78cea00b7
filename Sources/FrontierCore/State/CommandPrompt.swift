/// The `:` commands: what they are called, what they take, and how a typed line parses.
public enum CommandPrompt {
    /// A parsed command line.
    public enum Command: Hashable, Sendable {
        /// `:sort KEY [asc|desc]` on the focused pane.
        case sort(key: String, descending: Bool?)
        /// `:theme NAME`.
        case theme(String)
        /// `:mix INPUT:OUTPUT`, e.g. `10:1`.
        case mix(TokenMix)
        /// `:save NAME`: the filters and sorts of every pane, and the focus.
        case save(String)
        /// `:view NAME`: restore a saved view.
        case view(String)
        /// `:show all` or `:show notable`: every row, or the rows shown by default (`a`).
        case show(everyRow: Bool)
        case quit
    }

    /// The command names, in the order completion offers them.
    public static let names = ["sort", "theme", "mix", "save", "view", "show", "quit"]

    /// Parses a line typed after `:`; the error says what is wrong in words a user can act on.
    public static func parse(_ line: String) -> Result<Command, CommandPromptError> {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return .failure(CommandPromptError("type a command: \(names.joined(separator: ", "))")) }
        let arguments = Array(words.dropFirst())
        func one(_ what: String) -> Result<String, CommandPromptError> {
            arguments.count == 1 ? .success(arguments[0]) : .failure(CommandPromptError(":\(name) takes \(what)"))
        }
        switch name {
        case "sort":
            guard (1...2).contains(arguments.count) else { return .failure(CommandPromptError(":sort takes a column and optionally asc or desc")) }
            var descending: Bool?
            if arguments.count == 2 {
                switch arguments[1] {
                case "asc": descending = false
                case "desc": descending = true
                default: return .failure(CommandPromptError(":sort direction is asc or desc, not \"\(arguments[1])\""))
                }
            }
            return .success(.sort(key: arguments[0], descending: descending))
        case "theme": return one("a theme name").map(Command.theme)
        case "mix":
            return one("a token mix such as 3:1").flatMap { text in
                let parts = text.split(separator: ":").compactMap { Double($0) }
                guard parts.count == 2, parts.allSatisfy({ $0 >= 0 && $0.isFinite }), parts[0] + parts[1] > 0 else {
                    return .failure(CommandPromptError(":mix takes INPUT:OUTPUT tokens, e.g. 10:1, not \"\(text)\""))
                }
                return .success(.mix(TokenMix(input: parts[0], output: parts[1])))
            }
        case "save": return one("a name for the view").map(Command.save)
        case "view": return one("the name of a saved view").map(Command.view)
        case "show":
            return one("all or notable").flatMap { scope in
                switch scope {
                case "all": return .success(.show(everyRow: true))
                case "notable": return .success(.show(everyRow: false))
                default: return .failure(CommandPromptError(":show takes all or notable, not \"\(scope)\""))
                }
            }
        case "quit", "q": return arguments.isEmpty ? .success(.quit) : .failure(CommandPromptError(":quit takes nothing"))
        default:
            return .failure(CommandPromptError("unknown command \"\(name)\"; commands: \(names.joined(separator: ", "))"))
        }
    }

    /// Completes the word under the end of `line` from `candidates` for that position: command
    /// names first, then sort keys, theme names or saved views. Returns the completed line
    /// (extended to the longest common prefix) and every candidate that still matches.
    public static func complete(_ line: String, sortKeys: [String], themes: [String], views: [String])
        -> (line: String, candidates: [String]) {
        let endsWithSpace = line.hasSuffix(" ")
        var words = line.split(separator: " ").map(String.init)
        if endsWithSpace || words.isEmpty { words.append("") }
        let partial = words.last ?? ""
        let pool: [String]
        if words.count == 1 {
            pool = names
        } else {
            switch words[0] {
            case "sort": pool = words.count == 2 ? sortKeys : ["asc", "desc"]
            case "theme": pool = themes
            case "view", "save": pool = views
            case "show": pool = ["all", "notable"]
            default: pool = []
            }
        }
        let matches = pool.filter { $0.hasPrefix(partial) }
        guard !matches.isEmpty else { return (line, []) }
        var common = matches[0]
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        words[words.count - 1] = common
        var completed = words.joined(separator: " ")
        if matches.count == 1 { completed += " " }
        return (completed, matches)
    }
}

/// Why a command line could not run.
public struct CommandPromptError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
