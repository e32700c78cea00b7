import Foundation
import FrontierCore
import FrontierResources
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The built `frontier` in a real terminal: a private tmux server per test.
@Suite("The dashboard in a real terminal")
struct DashboardTerminalTests {
    // MARK: What the screen shows

    @Test("At 120x40 the header, the three pane titles and the footer's key hints appear")
    func firstScreen() async throws {
        try await Tmux.with { tmux in
            try tmux.start(command: ["frontier"], width: 120, height: 40)
            let screen = try await tmux.waitFor(text: "Models 1/")
            let rows = TerminalChecks.lines(screen)
            #expect(rows.first?.hasPrefix(" frontier") == true, "header:\n\(screen)")
            for title in ["1 Models", "2 Costs", "3 News"] {
                #expect(screen.contains(title), "missing \(title):\n\(screen)")
            }
            let footer = rows.last(where: { !$0.isEmpty }) ?? ""
            for hint in KeyBindings.footerHints {
                #expect(footer.contains("\(hint.keys) \(hint.label)"), "footer lacks \(hint.keys) \(hint.label): \(footer)")
            }
            let models = DatasetLoader.load([(name: "embedded", bytes: Array(EmbeddedResources.defaultDatasetJSON.utf8))]).dataset.models.count
            #expect(FooterPosition(screen: screen)?.description == "Models 1/\(models) · default", "footer: \(footer)")
        }
    }

    @Test("Tab, Shift-Tab and 1-3 move the focus to the pane the footer names")
    func focusKeys() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let steps: [(key: String, pane: String)] = [
                ("Tab", "Costs"), ("Tab", "News"), ("Tab", "Models"),
                ("BTab", "News"), ("BTab", "Costs"), ("BTab", "Models"),
                ("3", "News"), ("2", "Costs"), ("1", "Models"),
            ]
            var previous = "Models"
            for step in steps {
                try tmux.send(keys: step.key)
                let screen = try await tmux.waitFor("footer naming \(step.pane) after \(step.key) from \(previous)") {
                    FooterPosition(screen: $0)?.pane == step.pane
                }
                #expect(FooterPosition(screen: screen)?.index == 1)
                previous = step.pane
            }
        }
    }

    @Test("j, k, G, g, PgDn and Ctrl-D move the selection by a row, to the ends, a page and half a page")
    func movementKeys() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            let first = try await tmux.waitFor(text: "Models 1/31")
            let page = try #require(TerminalChecks.modelRowsVisible(first), "no Models pane:\n\(first)")
            #expect(page > 2)
            let steps: [(key: String, index: Int)] = [
                ("j", 2), ("j", 3), ("k", 2), ("G", 31), ("g", 1),
                ("NPage", 1 + page), ("g", 1), ("C-d", 1 + page / 2), ("C-d", 1 + 2 * (page / 2)),
            ]
            for step in steps {
                try tmux.send(keys: step.key)
                try await tmux.waitFor(text: "Models \(step.index)/31 · default")
            }
        }
    }

    @Test("Enter opens the selected model's card and Esc closes it")
    func detailOverlay() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "Enter")
            let card = try await tmux.waitFor(text: "Benchmark scores")
            #expect(card.contains("Organization"), "model card:\n\(card)")
            // The card is for the selected (first) row.
            #expect(card.contains("Llama 4 Scout"), "model card:\n\(card)")
            try tmux.send(keys: "Escape")
            let closed = try await tmux.waitUntilGone(text: "Benchmark scores")
            #expect(!closed.contains("Organization"))
            #expect(closed.contains("1 Models") && closed.contains("2 Costs") && closed.contains("3 News"))
        }
    }

    @Test("z zooms the focused pane: the footer says zoomed and the other panes are gone")
    func zoom() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "z")
            let zoomed = try await tmux.waitFor(text: "zoomed · Models 1/31")
            #expect(zoomed.contains("1 Models"))
            #expect(!zoomed.contains("2 Costs") && !zoomed.contains("3 News"), "zoomed screen:\n\(zoomed)")
            try tmux.send(keys: "z")
            let back = try await tmux.waitUntilGone(text: "zoomed")
            #expect(back.contains("2 Costs") && back.contains("3 News"), "after unzoom:\n\(back)")
        }
    }

    @Test("? shows the Keys overlay listing every key of the binding table")
    func helpOverlay() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "?")
            // The overlay's last line: once it is there, the lines above it are drawn too.
            let help = try await tmux.waitFor(text: "Esc or ? closes this help.")
            #expect(help.contains("┌ Keys "), "help:\n\(help)")
            for binding in KeyBindings.table {
                let keys = KeyBindings.keysText(binding)
                let line = TerminalChecks.lines(help).first { $0.contains(binding.help) }
                #expect(line?.contains(keys) == true, "no help line with \"\(keys)\" and \"\(binding.help)\":\n\(help)")
            }
            try tmux.send(keys: "Escape")
            try await tmux.waitUntilGone(text: KeyBindings.table[0].help)
        }
    }

    @Test("t changes the theme named in the footer")
    func themeKey() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31 · default")
            try tmux.send(keys: "t")
            let screen = try await tmux.waitFor("another theme in the footer") {
                guard let theme = FooterPosition(screen: $0)?.theme else { return false }
                return theme != "default"
            }
            #expect(FooterPosition(screen: screen)?.pane == "Models")
        }
    }

    @Test("Ctrl-L repaints the whole screen and leaves it as it was")
    func repaint() async throws {
        try await Tmux.with { tmux in
            try tmux.start(captureOutput: true)
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "j", "j")
            try await tmux.waitFor(text: "Models 3/31")
            let before = try tmux.screen()
            let written = try await tmux.outputAfter(0, quiet: .milliseconds(150)).count
            try tmux.send(keys: "C-l")
            let repaint = try await tmux.outputAfter(written)
            // A repaint clears the terminal and draws everything again: a full frame's worth of bytes.
            let clear = Array("\u{1B}[2J".utf8)
            #expect(TerminalOutput.contains(clear, in: repaint),
                    "no clear-screen in the \(repaint.count) bytes after Ctrl-L")
            #expect(repaint.count > 1000, "only \(repaint.count) bytes after Ctrl-L")
            let after = try tmux.screen()
            #expect(after == before, "screen changed:\nbefore:\n\(before)\nafter:\n\(after)")
        }
    }

    @Test("At 80x24 all three panes are visible with their titles and rows")
    func smallTerminal() async throws {
        try await Tmux.with { tmux in
            try tmux.start(width: 80, height: 24)
            let screen = try await tmux.waitFor(text: "Models 1/31")
            for title in ["1 Models", "2 Costs", "3 News"] {
                #expect(screen.contains(title), "missing \(title):\n\(screen)")
            }
            #expect((TerminalChecks.modelRowsVisible(screen) ?? 0) >= 3, "Models shows too few rows:\n\(screen)")
            #expect(TerminalChecks.lines(screen).first?.hasPrefix(" frontier") == true)
            #expect(TerminalChecks.lines(screen).allSatisfy { $0.count <= 80 })
        }
    }

    // MARK: Resizing

    @Test("Shrinking to 50x12 shows the too-small notice; growing back keeps the selected row")
    func resizeTooSmallAndBack() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "j", "j", "j", "j")
            try await tmux.waitFor(text: "Models 5/31")
            try tmux.resize(width: 50, height: 12)
            let small = try await tmux.waitFor(text: "terminal too small: need 60x15")
            #expect(small.contains("now 50x12"), "too-small screen:\n\(small)")
            #expect(!small.contains("1 Models"))
            try tmux.resize(width: 120, height: 40)
            // The frame may be captured while it is still being written: wait for all of it.
            let back = try await tmux.waitFor("the whole dashboard back") {
                $0.contains("1 Models") && $0.contains("3 News") && FooterPosition(screen: $0) != nil
            }
            #expect(back.contains("2 Costs") && back.contains("3 News"), "after growing back:\n\(back)")
            #expect(!back.contains("terminal too small"))
            #expect(FooterPosition(screen: back)?.description == "Models 5/31 · default", "after growing back:\n\(back)")
        }
    }

    @Test("q pressed while the terminal is too small quits with status 0 and restores the terminal")
    func quitWhileTooSmall() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.resize(width: 50, height: 12)
            try await tmux.waitFor(text: "terminal too small")
            try tmux.send(keys: "q")
            let status = try await tmux.waitForExit()
            #expect(status == 0)
            // Room for the stty output.
            try tmux.resize(width: 120, height: 40)
            try await TerminalChecks.expectRestored(tmux)
        }
    }

    // MARK: Ending

    @Test("Quitting exits with status 0 and restores the terminal", arguments: ["q", "C-c"])
    func quitKeys(key: String) async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: key)
            let status = try await tmux.waitForExit()
            #expect(status == 0, "exit status after \(key)")
            try await TerminalChecks.expectRestored(tmux)
        }
    }

    @Test("SIGTERM and SIGHUP end the program within a second with 128+signal and the terminal restored",
          arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func terminatingSignals(signal: Int32, expected: Int32) async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let pid = try await tmux.programPID()
            #expect(kill(pid, signal) == 0)
            let gone = try await Tmux.poll(timeout: .seconds(1)) { !processIsAlive(pid) }
            #expect(gone, "process \(pid) still running 1 s after signal \(signal)")
            let status = try await tmux.waitForExit()
            #expect(status == expected)
            try await TerminalChecks.expectRestored(tmux)
        }
    }

    @Test("Closing the pane (the terminal going away) ends the program within a second")
    func terminalGoesAway() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let pid = try await tmux.programPID()
            try tmux.killPane()
            let gone = try await Tmux.poll(timeout: .seconds(1)) { !processIsAlive(pid) }
            if !gone {
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                kill(pid, SIGKILL)
                Issue.record("process \(pid) still running 1 s after its terminal closed: \(stat)")
            }
        }
    }

    // MARK: Colour and character set

    @Test("With colour turned off, no colour SGR is sent but reverse or bold still mark selection and focus",
          arguments: [
            (["NO_COLOR": "1"], [String]()),
            ([String: String](), ["--color", "never"]),
          ])
    func noColor(environment: [String: String], arguments: [String]) async throws {
        try await Tmux.with { tmux in
            try tmux.start(command: Tmux.storyDashboard + arguments, environment: environment, captureOutput: true)
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "j")
            try await tmux.waitFor(text: "Models 2/31")
            try tmux.send(keys: "q")
            #expect(try await tmux.waitForExit() == 0)
            try await tmux.waitFor(text: "EXIT=")
            let bytes = tmux.rawOutput()
            #expect(bytes.count > 1000)
            let colours = TerminalOutput.colorSequences(bytes)
            #expect(colours.isEmpty, "\(colours.count) colour sequences, e.g. \(TerminalOutput.describe(colours))")
            #expect(TerminalOutput.setsAttribute(7, in: bytes) || TerminalOutput.setsAttribute(1, in: bytes),
                    "neither reverse nor bold is ever set")
        }
    }

    @Test("With TERM=xterm-256color and no NO_COLOR, colour SGR sequences are sent")
    func colorByDefault() async throws {
        try await Tmux.with { tmux in
            try tmux.start(environment: ["TERM": "xterm-256color", "NO_COLOR": nil], captureOutput: true)
            try await tmux.waitFor(text: "Models 1/31")
            _ = try await tmux.outputAfter(0, quiet: .milliseconds(150))
            let colours = TerminalOutput.colorSequences(tmux.rawOutput())
            #expect(colours.count > 3, "only \(colours.count) colour sequences")
        }
    }

    @Test("Under a non-UTF-8 locale only ASCII is sent, borders are drawn with + - | and no character is lost",
          arguments: [["LANG": "C", "LC_ALL": nil], ["LANG": "C.UTF-8", "LC_ALL": "C"]] as [[String: String?]])
    func nonUTF8Locale(environment: [String: String?]) async throws {
        try await Tmux.with { tmux in
            try tmux.start(command: ["frontier"], environment: environment, captureOutput: true)
            let screen = try await tmux.waitFor(text: "Models 1/")
            _ = try await tmux.outputAfter(0, quiet: .milliseconds(150))
            let bytes = tmux.rawOutput()
            let high = bytes.filter { $0 >= 0x80 }
            #expect(high.isEmpty, "\(high.count) bytes >= 0x80 sent, first at offset \(bytes.firstIndex { $0 >= 0x80 } ?? -1)")
            try Self.expectASCIIBorders(screen)
            // The same frame as `snapshot --ascii` draws it: every ASCII cell identical, and every
            // cell the snapshot fills with a non-ASCII character shown as some ASCII stand-in.
            let snapshot = try BuiltBinary.run(["snapshot", "--ascii", "--width", "120", "--height", "40"]).stdout
            let comparison = Self.compare(screen: screen, snapshot: snapshot)
            #expect(comparison.mismatches.isEmpty, "cells differ from the snapshot:\n\(comparison.mismatches.prefix(10).joined(separator: "\n"))")
            #expect(comparison.blanks.isEmpty, "blank where the snapshot has a character:\n\(comparison.blanks.prefix(10).joined(separator: "\n"))")
            #expect(comparison.questionMarks.isEmpty,
                    "\(comparison.questionMarks.count) cells shown as ?:\n\(comparison.questionMarks.prefix(10).joined(separator: "\n"))")
        }
    }

    @Test("--ascii under UTF-8 draws borders with + - | and sends no box drawing, block or Braille characters")
    func asciiFlag() async throws {
        try await Tmux.with { tmux in
            try tmux.start(command: ["frontier", "--ascii"], captureOutput: true)
            let screen = try await tmux.waitFor(text: "Models 1/")
            _ = try await tmux.outputAfter(0, quiet: .milliseconds(150))
            let bytes = tmux.rawOutput()
            let text = String(decoding: bytes, as: UTF8.self)
            let graphic = text.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) || (0x2800...0x28FF).contains($0.value) }
            #expect(graphic.isEmpty, "sent \(graphic.count) box/block/Braille characters, e.g. \(String(String.UnicodeScalarView(graphic.prefix(10))))")
            try Self.expectASCIIBorders(screen)
            let snapshot = try BuiltBinary.run(["snapshot", "--ascii", "--width", "120", "--height", "40"]).stdout
            #expect(TerminalChecks.lines(screen).map(Self.trimmed) == TerminalChecks.lines(snapshot).map(Self.trimmed),
                    "the screen differs from snapshot --ascii:\n\(screen)")
            let nonASCII = Set(text.unicodeScalars.filter { !$0.isASCII }).map { String($0) }.sorted()
            #expect(nonASCII.isEmpty, "non-ASCII characters sent: \(nonASCII.joined(separator: " "))")
        }
    }

    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// Cell-by-cell differences between a screen drawn without UTF-8 and the snapshot.
    static func compare(screen: String, snapshot: String) -> (mismatches: [String], blanks: [String], questionMarks: [String]) {
        var mismatches: [String] = []
        var blanks: [String] = []
        var questionMarks: [String] = []
        let shown = TerminalChecks.lines(screen)
        for (y, line) in TerminalChecks.lines(snapshot).enumerated() where y < 40 {
            let expected = Array(line)
            let actual = Array(y < shown.count ? shown[y] : "")
            for (x, character) in expected.enumerated() {
                let cell = x < actual.count ? actual[x] : " "
                let place = "row \(y) column \(x): snapshot \"\(character)\", screen \"\(cell)\""
                if character.isASCII {
                    if cell != character { mismatches.append(place) }
                } else if cell == " " {
                    blanks.append(place)
                } else if !cell.isASCII {
                    mismatches.append(place)
                } else if cell == "?" {
                    questionMarks.append(place)
                }
            }
        }
        return (mismatches, blanks, questionMarks)
    }

    /// Every pane's frame is complete and made of ASCII: corners and horizontal edges on the
    /// border rows, a `|` at both ends of every row in between.
    static func expectASCIIBorders(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rows = TerminalChecks.lines(screen)
        let modelsTop = try #require(rows.firstIndex { $0.contains("1 Models") }, "no Models pane:\n\(screen)",
                                     sourceLocation: sourceLocation)
        let lowerTop = try #require(rows.firstIndex { $0.contains("2 Costs") }, "no Costs pane:\n\(screen)",
                                    sourceLocation: sourceLocation)
        let footer = try #require(rows.lastIndex { !$0.isEmpty }, sourceLocation: sourceLocation)
        let corners = Set("+#")
        let edges = Set("-=")
        for y in [modelsTop, lowerTop - 1, lowerTop, footer - 1] {
            let row = Array(rows[y])
            #expect(row.count == 120, "row \(y) is \(row.count) cells wide: \(rows[y])", sourceLocation: sourceLocation)
            #expect(row.first.map(corners.contains) == true && row.last.map(corners.contains) == true,
                    "border row \(y) does not start and end with an ASCII corner: \(rows[y])", sourceLocation: sourceLocation)
            #expect(row.count > 2 && edges.contains(row[1]) || row[1] == " ",
                    "border row \(y) has no ASCII edge: \(rows[y])", sourceLocation: sourceLocation)
            let graphic = rows[y].unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
            #expect(graphic.isEmpty, "box drawing on border row \(y): \(rows[y])", sourceLocation: sourceLocation)
        }
        let inner = Array(modelsTop + 1..<lowerTop - 1) + Array(lowerTop + 1..<footer - 1)
        #expect(inner.count > 20, sourceLocation: sourceLocation)
        for y in inner {
            let row = Array(rows[y])
            #expect(row.count == 120 && row.first == "|" && row.last == "|",
                    "row \(y) is not framed by |: \(rows[y])", sourceLocation: sourceLocation)
        }
    }

    // MARK: Odd environments

    @Test("An unknown TERM falls back to a known terminal and names it in a one-line notice after q")
    func unknownTerminal() async throws {
        try await Tmux.with { tmux in
            try tmux.start(environment: ["TERM": "frontier-nonexistent"])
            try await tmux.waitFor(text: "Models 1/31")
            try tmux.send(keys: "q")
            #expect(try await tmux.waitForExit() == 0)
            try await tmux.waitFor(text: "EXIT=")
            let lines = TerminalChecks.lines(try tmux.screen(joinWrapped: true))
            let exitRow = try #require(lines.firstIndex { $0.hasPrefix("EXIT=") })
            let printed = lines.prefix(exitRow).filter { !$0.isEmpty }
            #expect(printed.first?.contains("\"frontier-nonexistent\"") == true, "printed: \(printed)")
            #expect(printed.first?.hasPrefix("frontier: ") == true, "printed: \(printed)")
            #expect(printed.count == 1, "expected one line before EXIT=:\n\(printed.joined(separator: "\n"))")
        }
    }

    /// An SGR mouse report (xterm 1006) for button 1 at a 0-based cell.
    static func mouseReport(x: Int, y: Int, press: Bool) -> [UInt8] {
        Array("\u{1B}[<0;\(x + 1);\(y + 1)\(press ? "M" : "m")".utf8)
    }

    /// The cell of the third row of the News pane: below its title border come the column
    /// header and then the rows.
    static func thirdNewsRow(_ screen: String) throws -> (x: Int, y: Int) {
        let title = try #require(TerminalChecks.position(of: "3 News", in: screen), "no News pane:\n\(screen)")
        return (title.x + 4, title.y + 4)
    }

    @Test("Clicking a row in the News pane (press, then release) focuses News and selects that row")
    func mouseClick() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            let screen = try await tmux.waitFor(text: "Models 1/31")
            let cell = try Self.thirdNewsRow(screen)
            try tmux.send(bytes: Self.mouseReport(x: cell.x, y: cell.y, press: true))
            try await tmux.waitFor(text: "News 3/40")
            try tmux.send(bytes: Self.mouseReport(x: cell.x, y: cell.y, press: false))
            // The release changes nothing; a key after it shows the program is still reading input.
            try tmux.send(keys: "j")
            try await tmux.waitFor(text: "News 4/40")
        }
    }

    @Test("A click whose press and release arrive in one read still selects the row")
    func mouseClickInOneRead() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            let screen = try await tmux.waitFor(text: "Models 1/31")
            let cell = try Self.thirdNewsRow(screen)
            try tmux.send(bytes: Self.mouseReport(x: cell.x, y: cell.y, press: true) + Self.mouseReport(x: cell.x, y: cell.y, press: false))
            try await tmux.waitFor(text: "News 3/40", timeout: .seconds(2))
        }
    }

    @Test("Keys and a resize that arrive together (here: while stopped, then SIGCONT) are handled and the program keeps running")
    func inputTogetherWithResize() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let pid = try await tmux.programPID()
            #expect(kill(pid, SIGSTOP) == 0)
            #expect(try await Tmux.poll(timeout: .seconds(2)) { processState(pid) == "T" }, "not stopped")
            try tmux.send(keys: "j")
            try tmux.resize(width: 100, height: 40)
            // Let tmux write the key into the stopped program's terminal.
            try await Task.sleep(for: .milliseconds(200))
            #expect(kill(pid, SIGCONT) == 0)
            let screen = try await tmux.waitFor("the moved selection at the new width", timeout: .seconds(3)) {
                $0.contains("Models 2/31") || $0.contains("EXIT=")
            }
            #expect(processIsAlive(pid), "the program ended:\n\(screen)")
            #expect(screen.contains("Models 2/31"), "screen:\n\(screen)")
            kill(pid, SIGCONT)
        }
    }

    @Test("Typing while the terminal is being resized does not end the program")
    func typingDuringResizes() async throws {
        try await Tmux.with { tmux in
            try tmux.start()
            try await tmux.waitFor(text: "Models 1/31")
            let pid = try await tmux.programPID()
            for step in 0..<40 {
                // One tmux command, so the key and the resize reach the program close together.
                try tmux.run(["send-keys", "-t", "frontier:0.0", "j", ";",
                              "resize-window", "-t", "frontier:0", "-x", step % 2 == 0 ? "100" : "120", "-y", "40"])
            }
            // Generous: under a loaded machine 40 resizes take a while to settle.
            let screen = try await tmux.waitFor("the last row selected", timeout: .seconds(10)) {
                $0.contains("Models 31/31") || $0.contains("EXIT=")
            }
            #expect(processIsAlive(pid) && screen.contains("Models 31/31"), "screen:\n\(screen)")
        }
    }

    @Test("A broken data file is reported in the terminal with status 65 before the screen is touched")
    func brokenDataInTerminal() async throws {
        try await Tmux.with { tmux in
            try #"{"schema": 1, "models": [{"id": "x"}]}"#.write(toFile: tmux.directory + "/broken.json", atomically: true, encoding: .utf8)
            try tmux.start(command: ["frontier", "--data", "broken.json"], captureOutput: true)
            #expect(try await tmux.waitForExit() == 65)
            let screen = try await tmux.waitFor(text: "EXIT=")
            #expect(screen.contains("broken.json:1:26: models[0]: missing required field \"name\""), "screen:\n\(screen)")
            // Only the program's own bytes: the wrapper's EXIT= line and stty output follow them.
            let text = String(decoding: tmux.rawOutput(), as: UTF8.self)
            let before = text.components(separatedBy: "EXIT=").first ?? text
            #expect(before.contains("missing required field"))
            #expect(!before.contains("\u{1B}"), "escape sequences were sent: \(before.debugDescription.prefix(300))")
            #expect(tmux.ttyModes().after == tmux.ttyModes().before)
        }
    }

    @Test("With stdout piped, the program refuses at once with a message naming the problem")
    func stdoutPipedFromTerminal() async throws {
        try await Tmux.with { tmux in
            // stdin stays the terminal; only stdout goes to a pipe.
            let program = "env -i LANG=C.UTF-8 TERM=xterm-256color HOME=\(Tmux.quote(tmux.home)) \(Tmux.quote(BuiltBinary.path))"
            try tmux.start(shellLine: "{ \(program); echo \"frontier status $?\"; } | cat")
            _ = try await tmux.waitForExit()
            let screen = try await tmux.waitFor(text: "EXIT=")
            #expect(screen.contains("file descriptor 1 is not a terminal"), "screen:\n\(screen)")
            let status = screen.firstMatch(of: /frontier status (\d+)/).map { Int($0.1) ?? 0 }
            #expect(status != nil && status != 0, "screen:\n\(screen)")
            #expect(tmux.ttyModes().after == tmux.ttyModes().before)
            #expect(!(try tmux.paneModes().alternateScreen))
        }
    }
}
