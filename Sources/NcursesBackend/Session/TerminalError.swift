/// Why the terminal could not be set up, worded for the person at the keyboard.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Input or output is not a terminal (e.g. redirected to a file).
    case notATerminal(fd: Int32)
    /// Neither `$TERM` nor any fallback has a terminfo entry on this machine.
    case unknownTerminal(name: String, tried: [String])
    /// A system call failed while setting up; `call` names it.
    case systemCall(call: String, errno: Int32)

    public var description: String {
        switch self {
        case let .notATerminal(fd):
            return "file descriptor \(fd) is not a terminal; run it in a terminal (stdin and stdout must not be redirected)."
        case let .unknownTerminal(name, tried):
            let shown = name.isEmpty ? "TERM is not set, and" : "terminal type \"\(name)\" is unknown here, and"
            return "\(shown) none of \(tried.joined(separator: ", ")) is installed either. "
                + "Install its terminfo entry (e.g. infocmp -x \(name.isEmpty ? "NAME" : name) | ssh host tic -x -), "
                + "install ncurses-base (apt-get install ncurses-base), or set TERM to a type this machine knows."
        case let .systemCall(call, errno):
            return "\(call) failed (errno \(errno)) while setting up the terminal."
        }
    }
}
