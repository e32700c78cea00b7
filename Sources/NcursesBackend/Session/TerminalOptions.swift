#if canImport(Glibc)
import Glibc
#endif

/// How `TerminalSession.start` sets the terminal up.
public struct TerminalOptions: Sendable {
    /// Colour policy (`--color`).
    public var color: ColorChoice
    /// Whether to ask for mouse clicks and wheel. While on, the terminal's own text selection
    /// needs Shift held, so users can switch it off.
    public var mouse: Bool
    /// The terminal to read keys from. Stdin by default; `/dev/tty` when stdin is a data pipe.
    public var inputFD: Int32
    /// The terminal to draw on.
    public var outputFD: Int32
    /// Whether stderr goes to a temporary file while the screen is active (replayed after
    /// `stop()`), so stray messages do not paint over the screen.
    public var captureStderr: Bool
    /// The prefix of the notice printed after exit, e.g. when `$TERM` had to be replaced.
    public var programName: String

    public init(
        color: ColorChoice = .auto,
        mouse: Bool = true,
        inputFD: Int32 = STDIN_FILENO,
        outputFD: Int32 = STDOUT_FILENO,
        captureStderr: Bool = true,
        programName: String = "frontier"
    ) {
        self.color = color
        self.mouse = mouse
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.captureStderr = captureStderr
        self.programName = programName
    }
}
