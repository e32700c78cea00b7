import CNcurses
import TerminalGrid

#if canImport(Glibc)
import Glibc
#endif

/// The terminal while the dashboard owns it: setup, teardown, size, drawing and keys.
///
/// Not thread-safe, like ncurses itself: create, use and stop it on one thread. `stop()` is
/// idempotent and also runs on deinit, so every exit path leaves the terminal usable; a crash
/// or `exit()` meanwhile is covered by the crash guard.
///
/// The intended main loop:
///
///     Poller.blockSignals()                  // first thing, before any thread or Task
///     let session = TerminalSession()
///     try session.start(TerminalOptions(color: choice, mouse: !noMouse))
///     defer { session.stop() }
///     let loop = try EventLoop(session: session)
///     session.draw(render(state, session.currentSize()))
///     while !state.quitting {
///         for event in loop.next(deadline: state.nextTimerDeadline) {
///             state = reduce(state, event)      // .signal / .hangup: quit
///         }
///         session.draw(render(state, session.currentSize()))
///     }
public final class TerminalSession {
    /// Whether the locale encodes UTF-8. When false, non-ASCII glyphs are drawn as `?`, so
    /// the app should choose its ASCII glyph set.
    public private(set) var isUTF8 = false
    /// The colours actually sent.
    public private(set) var colorCapability: ColorCapability = .none
    /// The terminfo entry in use (after any fallback).
    public private(set) var terminalName = ""
    /// A line for the user printed to stderr after `stop()`, e.g. that `$TERM` was unknown.
    public private(set) var notice: String?
    /// True between a successful `start` and `stop`.
    public private(set) var isActive = false

    var options = TerminalOptions()
    private var screen: OpaquePointer?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var originalTermios = termios()
    private let crashGuard = CrashGuard()

    // Drawing state (see TerminalSession+Drawing.swift).
    var previousFrame: Grid?
    var pairs = ColorPairAllocator(pairCount: 0)
    var styleCache: [Style: (attributes: attr_t, pair: Int32)] = [:]
    var defaultColorsWork = false
    var cursorShown: Bool?
    var attributeBits = AttributeBits()

    /// The fallbacks for an unknown `$TERM`, most capable first.
    static let fallbackTerminals = ["xterm-256color", "xterm", "vt100"]

    public init() {}

    deinit { stop() }

    /// Takes over the terminal: raw keys, no echo, hidden cursor, alternate screen.
    ///
    /// Call `Poller.blockSignals()` before this (and before any thread exists), so that
    /// SIGINT, SIGTERM, SIGHUP and SIGWINCH reach the event loop instead of killing the
    /// process with the terminal still raw.
    public func start(_ options: TerminalOptions = TerminalOptions()) throws {
        guard !isActive else { return }
        self.options = options
        setlocale(LC_ALL, "")
        isUTF8 = frontier_locale_is_utf8() != 0

        for fd in [options.inputFD, options.outputFD] where isatty(fd) == 0 {
            throw TerminalError.notATerminal(fd: fd)
        }
        guard tcgetattr(options.inputFD, &originalTermios) == 0 else {
            throw TerminalError.systemCall(call: "tcgetattr", errno: errno)
        }
        try openScreen()
        configureInput()
        configureColors()
        crashGuard.arm(
            terminalFD: options.outputFD,
            termios: originalTermios,
            restoreSequence: restoreSequence(),
            // Only a terminal stderr would paint over the screen; a file or pipe keeps
            // getting its lines as they are written.
            captureStderr: options.captureStderr && isatty(STDERR_FILENO) != 0
        )
        previousFrame = nil
        cursorShown = nil
        isActive = true
    }

    /// Gives the terminal back exactly as it was, then prints any pending notice.
    public func stop() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        inputFile = nil
        outputFile = nil
        // endwin restores ncurses' copy of the modes; ours predates newterm, so it also undoes
        // anything a crash-free but confused ncurses might have left.
        tcsetattr(options.inputFD, TCSADRAIN, &originalTermios)
        crashGuard.disarm()
        previousFrame = nil
        styleCache.removeAll()
        pairs.reset()
        if let notice {
            let line = notice + "\n"
            _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
    }

    /// The terminal's size in cells, asked from the kernel (`TIOCGWINSZ`), so it is right even
    /// before ncurses has heard of a resize.
    public func currentSize() -> (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if frontier_window_size(options.outputFD, &rows, &columns) == 0 {
            return (Int(columns), Int(rows))
        }
        return (Int(frontier_cols()), Int(frontier_lines()))
    }

    /// The size ncurses is drawing for.
    var screenSize: (width: Int, height: Int) { (Int(frontier_cols()), Int(frontier_lines())) }

    /// Tells ncurses about the terminal's new size and makes the next draw a full one.
    ///
    /// Called by the event loop on SIGWINCH. ncurses' own SIGWINCH handling never runs
    /// because the signal is blocked and read from a signalfd.
    @discardableResult
    func applyResize() -> (width: Int, height: Int) {
        guard isActive else { return currentSize() }
        let size = currentSize()
        if size.width != Int(frontier_cols()) || size.height != Int(frontier_lines()) {
            resizeterm(Int32(size.height), Int32(size.width))
        }
        previousFrame = nil
        return screenSize
    }

    // MARK: - Setup

    private func openScreen() throws {
        let input = dup(options.inputFD)
        let output = dup(options.outputFD)
        guard input >= 0, output >= 0,
              let inFile = fdopen(input, "r"), let outFile = fdopen(output, "w") else {
            let code = errno
            if input >= 0 { close(input) }
            if output >= 0 { close(output) }
            throw TerminalError.systemCall(call: "fdopen", errno: code)
        }
        inputFile = inFile
        outputFile = outFile

        let requested = getenv("TERM").map { String(cString: $0) } ?? ""
        var candidates = requested.isEmpty ? [] : [requested]
        candidates += Self.fallbackTerminals.filter { $0 != requested }
        for name in candidates {
            guard let opened = newterm(name, outFile, inFile) else { continue }
            screen = opened
            terminalName = name
            if name != requested {
                setenv("TERM", name, 1)
                notice = Self.fallbackNotice(program: options.programName, requested: requested, used: name)
            }
            return
        }
        fclose(inFile)
        fclose(outFile)
        inputFile = nil
        outputFile = nil
        throw TerminalError.unknownTerminal(name: requested, tried: candidates)
    }

    static func fallbackNotice(program: String, requested: String, used: String) -> String {
        if requested.isEmpty {
            return "\(program): TERM is not set; used \(used). Set TERM to your terminal's type."
        }
        return "\(program): terminal type \"\(requested)\" is unknown here; used \(used). "
            + "Install its terminfo entry (e.g. infocmp -x \(requested) | ssh host tic -x -) or set TERM."
    }

    private func configureInput() {
        let window = frontier_stdscr()
        // cbreak, not raw: Ctrl-C, Ctrl-\ and Ctrl-Z stay signals, which the event loop (or,
        // for Ctrl-Z, ncurses) handles.
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        // Never block inside ncurses: the event loop blocks in poll() and then drains keys.
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        disableFlowControl()
        if options.mouse {
            let masks = KeyDecoder.MouseMasks.ncurses
            mousemask(mmask_t(masks.all), nil)
            mouseinterval(0)
        }
    }

    /// Turns off Ctrl-S/Ctrl-Q flow control: a stray Ctrl-S would otherwise freeze the
    /// dashboard until Ctrl-Q, which looks like a hang over SSH.
    private func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(options.inputFD, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(options.inputFD, TCSANOW, &modes)
        // Record it as ncurses' program mode, so it survives Ctrl-Z and fg.
        def_prog_mode()
    }

    private func configureColors() {
        // COLORS is only known after start_color(), which must not run when colour is off,
        // so ask terminfo directly.
        let reported = Int(tigetnum("colors"))
        colorCapability = ColorCapability.detect(
            choice: options.color,
            noColorSet: getenv("NO_COLOR") != nil,
            terminalHasColors: has_colors(),
            terminalColors: max(0, reported)
        )
        if colorCapability != .none, start_color() != OK {
            colorCapability = .none
        }
        defaultColorsWork = colorCapability != .none && use_default_colors() == OK
        pairs = ColorPairAllocator(pairCount: colorCapability == .none ? 0 : Int(frontier_color_pairs()))
        attributeBits = AttributeBits()
        styleCache.removeAll()
    }

    /// What leaves the screen the way we found it, from this terminal's terminfo entry:
    /// reset attributes, mouse reporting off, cursor visible, keypad mode off, leave the
    /// alternate screen.
    private func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        func append(_ capability: String) {
            guard let value = capability.withCString({ frontier_terminfo_string($0) }) else { return }
            bytes += Self.strippingPadding(Array(String(cString: value).utf8))
        }
        append("sgr0")
        if options.mouse, frontier_terminfo_string("kmous") != nil {
            // Both the SGR (1006) and the basic (1000) modes ncurses may have switched on.
            bytes += Array("\u{1B}[?1006;1000l".utf8)
        }
        append("cnorm")
        // Keypad transmit mode off: left on, the shell's cursor keys arrive as ESC O A.
        append("rmkx")
        append("rmcup")
        return bytes
    }

    /// Removes terminfo padding (`$<5>`, `$<2*/>`), which is for ncurses and not the terminal.
    static func strippingPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")) {
                index = close + 1
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}

extension TerminalSession {
    /// After Ctrl-Z and `fg`: ncurses has restored its modes, but the shell may have written
    /// over the screen meanwhile, so the next draw repaints every cell of the terminal.
    func resume() {
        guard isActive else { return }
        clearok(frontier_curscr(), true)
        previousFrame = nil
    }
}
