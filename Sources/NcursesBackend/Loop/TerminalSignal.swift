/// A signal asking the program to end; every one of them should quit cleanly.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGTERM.
    case terminate
    /// SIGHUP: the SSH connection or terminal window went away.
    case hangup
    /// SIGINT (Ctrl-C).
    case interrupt
    /// SIGQUIT (Ctrl-\).
    case quit
}
