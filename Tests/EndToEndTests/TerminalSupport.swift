import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Checks shared by the terminal tests.
enum TerminalChecks {
    /// The program has ended and given the terminal back: same tty modes as before it started
    /// (canonical input, echo, CR-to-NL on), the main screen back, cursor shown, mouse and
    /// keypad modes off, and the dashboard no longer on screen.
    static func expectRestored(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let screen = try await tmux.waitFor(text: "EXIT=")
        let (before, after) = tmux.ttyModes()
        #expect(!after.isEmpty, "stty -a printed nothing after the program", sourceLocation: sourceLocation)
        #expect(after == before, "tty modes changed:\nbefore:\n\(before)\nafter:\n\(after)", sourceLocation: sourceLocation)
        let flags = Set(after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for flag in ["icanon", "echo", "icrnl", "isig", "opost", "onlcr"] {
            #expect(flags.contains(flag) && !flags.contains("-" + flag),
                    "\(flag) is not on after exit:\n\(after)", sourceLocation: sourceLocation)
        }
        let modes = try tmux.paneModes()
        #expect(!modes.alternateScreen, "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(modes.cursorVisible, "cursor still hidden", sourceLocation: sourceLocation)
        #expect(!modes.mouse, "mouse reporting still on", sourceLocation: sourceLocation)
        if let initial = tmux.modesBefore {
            #expect(modes == initial, "pane modes before: \(initial); after: \(modes)", sourceLocation: sourceLocation)
        }
        for text in ["1 Models", "2 Costs", "3 News", "AI industry dashboard", "terminal too small"] {
            #expect(!screen.contains(text), "\"\(text)\" is still on screen after exit:\n\(screen)",
                    sourceLocation: sourceLocation)
        }
    }

    /// The rows of the screen.
    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The column (in cells; the dashboard's borders and titles are one cell per character)
    /// and row where `text` first appears.
    static func position(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (y, line) in lines(screen).enumerated() {
            if let range = line.range(of: text) {
                return (line.distance(from: line.startIndex, to: range.lowerBound), y)
            }
        }
        return nil
    }

    /// The number of data rows the Models pane shows: the rows between its top and bottom
    /// borders, less the column header.
    static func modelRowsVisible(_ screen: String) -> Int? {
        let rows = lines(screen)
        guard let top = rows.firstIndex(where: { $0.contains("1 Models") }),
              let bottom = rows[(top + 1)...].firstIndex(where: { line in
                  let trimmed = line.trimmingCharacters(in: .whitespaces)
                  return trimmed.first.map { !"┃║|│".contains($0) } ?? true
              })
        else { return nil }
        return bottom - top - 2
    }
}

