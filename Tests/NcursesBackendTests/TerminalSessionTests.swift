import Testing
@testable import NcursesBackend

@Suite struct TerminalSessionTests {
    @Test func terminfoPaddingIsStripped() {
        let raw = Array("\u{1B}[?1049l$<5>\u{1B}[?25h$<2*/>".utf8)
        #expect(TerminalSession.strippingPadding(raw) == Array("\u{1B}[?1049l\u{1B}[?25h".utf8))
        #expect(TerminalSession.strippingPadding(Array("cost $5".utf8)) == Array("cost $5".utf8))
    }

    @Test func theFallbackNoticeSaysWhatToDo() {
        let notice = TerminalSession.fallbackNotice(program: "frontier", requested: "foo", used: "xterm-256color")
        #expect(notice == "frontier: terminal type \"foo\" is unknown here; used xterm-256color. "
            + "Install its terminfo entry (e.g. infocmp -x foo | ssh host tic -x -) or set TERM.")
        #expect(TerminalSession.fallbackNotice(program: "frontier", requested: "", used: "vt100").contains("TERM is not set"))
    }

    @Test func anUnknownTerminalErrorNamesTheFix() {
        let error = TerminalError.unknownTerminal(name: "foo", tried: ["foo", "xterm-256color", "xterm", "vt100"])
        #expect(error.description.contains("infocmp -x foo | ssh host tic -x -"))
        #expect(error.description.contains("set TERM"))
    }

    @Test func drawingWithoutAStartedSessionDoesNothing() {
        let session = TerminalSession()
        session.draw(.init(width: 3, height: 1))
        session.stop()
        #expect(!session.isActive)
    }
}
