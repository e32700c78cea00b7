import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

/// Filtering, sorting and the command line, typed into the built dashboard in a real terminal.
@Suite("Filter, sort and command keys in a real terminal")
struct QueryKeysTerminalTests {
    static let dataset = Fixtures.story

    static var deepSeekModels: Int { dataset.models.filter { $0.org == "deepseek" }.count }

    @Test("/ filters the focused pane as you type, Enter keeps the filter and Esc restores it")
    func filterLine() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let total = Self.dataset.models.count
            try tmux.send(keys: ["/", "o", "r", "g", ":", "d", "e", "e", "p", "s", "e", "e", "k"])
            var screen = try await tmux.waitFor(text: "/org:deepseek")
            screen = try await tmux.waitFor(text: "\(Self.deepSeekModels)/\(total) ·")
            try tmux.send(keys: "Enter")
            screen = try await tmux.waitFor(text: "Models 1/\(Self.deepSeekModels) ·")
            #expect(screen.contains("\(Self.deepSeekModels)/\(total) ·"), "the title keeps the count:\n\(screen)")
            // Esc while editing puts back the filter that applied when the line was opened.
            try tmux.send(keys: ["/", "C-u", "o", "p", "e", "n", ":", "n", "o"])
            screen = try await tmux.waitFor("another filter applied") { !$0.contains("\(Self.deepSeekModels)/\(total) ·") }
            try tmux.send(keys: "Escape")
            screen = try await tmux.waitFor(text: "Models 1/\(Self.deepSeekModels) ·")
            #expect(screen.contains("\(Self.deepSeekModels)/\(total) ·"))
        }
    }

    @Test("A malformed query keeps the last results and says where it is wrong")
    func malformedQuery() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: ["/", "o", "r", "g", ":", "d", "e", "e", "p", "s", "e", "e", "k", "Space", ")"])
            let screen = try await tmux.waitFor(text: "unexpected ')' at 14")
            #expect(screen.contains("\(Self.deepSeekModels)/\(Self.dataset.models.count) ·"), "the pane kept its rows:\n\(screen)")
        }
    }

    @Test("s sorts the focused pane by the next column and S reverses it; the title says so")
    func sortKeys() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "by Released ▼")
            try tmux.send(keys: "s")
            try await tmux.waitFor(text: "by Model ▲")
            try tmux.send(keys: "S")
            let screen = try await tmux.waitFor(text: "by Model ▼")
            let firstName = Self.dataset.models.map(\.name).max { $0.lowercased() < $1.lowercased() }!
            #expect(screen.contains(firstName), "Z to A puts \(firstName) on screen:\n\(screen)")
        }
    }

    @Test(": runs commands, completes them with Tab and says when one is unknown")
    func commandLine() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31 · default")
            try tmux.send(keys: [":", "t", "h", "Tab", "n", "o", "r", "d", "Enter"])
            try await tmux.waitFor(text: "Models 1/31 · nord")
            try tmux.send(keys: [":", "f", "r", "o", "b", "Enter"])
            try await tmux.waitFor(text: "unknown command \"frob\"")
            try tmux.send(keys: [":", "m", "i", "x", "Space", "1", "0", ":", "1", "Enter"])
            try await tmux.waitFor(text: "blended prices now use 10:1")
        }
    }

    @Test("The view, marks and theme come back in the next run, and --no-state starts clean")
    func statePersists() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31 · default")
            try tmux.send(keys: ["t", "/", "o", "r", "g", ":", "m", "e", "t", "a", "Enter", "q"])
            _ = try await tmux.waitForExit()
            let stateFile = tmux.directory + "/state/frontier/state.json"
            let saved = try String(contentsOfFile: stateFile, encoding: .utf8)
            #expect(saved.contains("\"org:meta\""), "state file:\n\(saved)")
            #expect(saved.contains("\"theme\" : \"gruvbox\""), "state file:\n\(saved)")
        }
    }

    @Test("Space marks models and c compares them head to head; Esc goes back")
    func compareMarkedModels() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            // Mark the first two models of the default order, then open the comparison.
            try tmux.send(keys: ["Space", "j", "Space", "c"])
            let screen = try await tmux.waitFor(text: "Compare (2 models)")
            let table = ModelsTable(dataset: Self.dataset, index: DatasetIndex(Self.dataset))
            for row in table.rows.prefix(2) {
                let name = Self.dataset.models.first { $0.id == row.id }!.name
                #expect(screen.contains(name), "\(name) is not compared:\n\(screen)")
            }
            #expect(screen.contains("Pareto frontier"))
            try tmux.send(keys: "Escape")
            try await tmux.waitFor(text: "Models 2/31")
        }
    }

    @Test("f follows the selected model's organization in the News pane")
    func followMode() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let first = ModelsTable(dataset: Self.dataset, index: DatasetIndex(Self.dataset)).rows[0]
            let org = Self.dataset.organizations.first { $0.id == first.organization }!.name
            try tmux.send(keys: "f")
            try await tmux.waitFor(text: "following \(org)")
        }
    }
}
